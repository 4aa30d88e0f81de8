using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ParPlan.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    EntityKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogIndicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Area = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogIndicators", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "DossierProcedures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Field = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierProcedures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    UnitCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProcedureId = table.Column<int>(type: "integer", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ServiceLevel = table.Column<int>(type: "integer", nullable: true),
                    HasFees = table.Column<bool>(type: "boolean", nullable: true),
                    PaidOnline = table.Column<bool>(type: "boolean", nullable: true),
                    DossierDigitised = table.Column<bool>(type: "boolean", nullable: true),
                    ResultDigitised = table.Column<bool>(type: "boolean", nullable: true),
                    DataReused = table.Column<bool>(type: "boolean", nullable: true),
                    Apologised = table.Column<bool>(type: "boolean", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    CreatedBatchId = table.Column<long>(type: "bigint", nullable: false),
                    LastBatchId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DossierYearCounts",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Counts = table.Column<byte[]>(type: "bytea", nullable: true),
                    Dossiers = table.Column<long>(type: "bigint", nullable: false),
                    HasOwn = table.Column<bool>(type: "boolean", nullable: false),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    Apologies = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AsOfTicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierYearCounts", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    FileHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastCommittedLine = table.Column<long>(type: "bigint", nullable: false),
                    RowsRead = table.Column<long>(type: "bigint", nullable: false),
                    Imported = table.Column<long>(type: "bigint", nullable: false),
                    Updated = table.Column<long>(type: "bigint", nullable: false),
                    Rejected = table.Column<long>(type: "bigint", nullable: false),
                    BytesRead = table.Column<long>(type: "bigint", nullable: false),
                    TotalBytes = table.Column<long>(type: "bigint", nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    StagedPath = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IndicatorsPending = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Field = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Numerator = table.Column<long>(type: "bigint", nullable: false),
                    Denominator = table.Column<long>(type: "bigint", nullable: true),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanImportSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    FileHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DocumentJson = table.Column<string>(type: "text", nullable: false),
                    ChoicesJson = table.Column<string>(type: "text", nullable: false),
                    ParentReference = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanImportSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Folded = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ScaleMax = table.Column<int>(type: "integer", nullable: false),
                    SatisfiedFrom = table.Column<int>(type: "integer", nullable: false),
                    MeanOfElements = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveySectorTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sector = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Floor = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveySectorTargets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorActuals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    SourceNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorActuals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorActuals_CatalogIndicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "CatalogIndicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Comparator = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Stretch = table.Column<bool>(type: "boolean", nullable: false),
                    Baseline = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PlanReference = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorTargets_CatalogIndicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "CatalogIndicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LateDossierApologies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LetterNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    LetterDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Complete = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LateDossierApologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LateDossierApologies_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportRejections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    Line = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRejections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRejections_ImportBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Element = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ScaleMax = table.Column<int>(type: "integer", nullable: false),
                    SatisfiedFrom = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyQuestions_SurveyCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "SurveyCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sector = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Answers = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "SurveyCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyUploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Imported = table.Column<int>(type: "integer", nullable: true),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Problems = table.Column<string>(type: "text", nullable: true),
                    ProblemCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyUploads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyUploads_SurveyCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "SurveyCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdHocReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    WindowFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WindowTo = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivingBody = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdHocReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdHocReports_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChildUnitMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildUnitMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildUnitMappings_Units_ChildUnitId",
                        column: x => x.ChildUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChildUnitMappings_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChildUnitMappings_Units_ParentUnitId",
                        column: x => x.ParentUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Pair = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Signatory = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Counterpart = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SignatoryUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Commitments_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Commitments_Units_SignatoryUnitId",
                        column: x => x.SignatoryUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierSourceMaps",
                columns: table => new
                {
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MapJson = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierSourceMaps", x => new { x.GovernmentId, x.Source });
                    table.ForeignKey(
                        name: "FK_DossierSourceMaps_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IntakeAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    HandlerUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WithinCompetence = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomePublished = table.Column<bool>(type: "boolean", nullable: false),
                    Satisfaction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackEntries_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackEntries_Units_HandlerUnitId",
                        column: x => x.HandlerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Initiatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Authors = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EvaluationNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecognitionLevel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AppliedWhere = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Initiatives_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Initiatives_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CoverageTarget = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    TargetSource = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ChosenDenominator = table.Column<bool>(type: "boolean", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionPlans_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IsRead = table.Column<bool>(type: "boolean", nullable: false),
                    DedupKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParAreaOwners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParAreaOwners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParAreaOwners_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParAreaOwners_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParCriteriaSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Block = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SetVersion = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    LockOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Example = table.Column<bool>(type: "boolean", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParCriteriaSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParCriteriaSets_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Signer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    ParentPlanReference = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ParentPlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    SourceFileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    SourceFileHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    WarningsJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Plans_ParentPlanId",
                        column: x => x.ParentPlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Plans_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportInstances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegimeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PeriodCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PeriodLabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WindowFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WindowTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Cumulative = table.Column<bool>(type: "boolean", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AsOf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcceptedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReturnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UnacceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UnacceptedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UnacceptReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ChangedWhat = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    FiguresJson = table.Column<string>(type: "text", nullable: true),
                    AnnexKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnnexJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportInstances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportInstances_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportInstances_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportRegimes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReceivingBody = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OutlineKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AnnexKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AnnexByUnitTypeJson = table.Column<string>(type: "text", nullable: false),
                    AppliesToJson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodsJson = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportRegimes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportRegimes_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandingAgencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingAgencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandingAgencies_Units_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandingAgencies_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitAliases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MatchKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitAliases_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RelatedUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitEvents_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Rule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    MemberKinds = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IncludeDescendants = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitGroups_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitNames",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitNames_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitParents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitParents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitParents_Units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitParents_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitSuccessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PredecessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SuccessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitSuccessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitSuccessions_Units_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitSuccessions_Units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentObligations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Result = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentObligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentObligations_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Selected = table.Column<bool>(type: "boolean", nullable: false),
                    InDenominator = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionUnits_InspectionPlans_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "InspectionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    TopicsJson = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionVisits_InspectionPlans_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "InspectionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionVisits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CriteriaSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    SurveyPoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Bonus = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Penalty = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    AdjustmentNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SelfTotal = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    AppraisedTotal = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Index = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Band = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinalizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParAssessments_ParCriteriaSets_CriteriaSetId",
                        column: x => x.CriteriaSetId,
                        principalTable: "ParCriteriaSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParAssessments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CascadeObligations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CascadeObligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CascadeObligations_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CascadeObligations_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dialogues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Participants = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    NoticeNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    NoticeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeFileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    NoticeStoredPath = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NoticeContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NoticeSize = table.Column<long>(type: "bigint", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dialogues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dialogues_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Dialogues_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Heading = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    StatedTaskCount = table.Column<int>(type: "integer", nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanAreas_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false),
                    DiffJson = table.Column<string>(type: "text", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanRevisions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Comparator = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Stretch = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BaselineYear = table.Column<int>(type: "integer", nullable: true),
                    IndicatorCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IndicatorLink = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTargets_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ref = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Objective = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ActivitiesJson = table.Column<string>(type: "text", nullable: false),
                    OutputsJson = table.Column<string>(type: "text", nullable: false),
                    LeadTextJson = table.Column<string>(type: "text", nullable: false),
                    SupportTextJson = table.Column<string>(type: "text", nullable: false),
                    ScheduleText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ScheduleJson = table.Column<string>(type: "text", nullable: false),
                    ScheduleKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ParentTaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    Funding = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTasks_PlanTasks_ParentTaskId",
                        column: x => x.ParentTaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanTasks_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Heading = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSections_ReportInstances_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ReportInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportWaivers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RevokeReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportWaivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportWaivers_ReportInstances_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ReportInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportWaivers_Units_ChildUnitId",
                        column: x => x.ChildUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitGroupAliases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MatchKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitGroupAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitGroupAliases_UnitGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "UnitGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitGroupMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitGroupMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitGroupMembers_UnitGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "UnitGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitGroupMembers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitNameMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FoldedText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    Ignore = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitNameMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitNameMappings_UnitGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "UnitGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitNameMappings_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UnitNameMappings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParAssessmentItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Applicable = table.Column<bool>(type: "boolean", nullable: false),
                    SelfScore = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProposedScore = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    ProposalNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Round1Score = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    AppraisedScore = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParAssessmentItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParAssessmentItems_ParAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "ParAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DialogueIssues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DialogueId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DialogueIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DialogueIssues_Dialogues_DialogueId",
                        column: x => x.DialogueId,
                        principalTable: "Dialogues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DialogueIssues_Units_LeadUnitId",
                        column: x => x.LeadUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoverageWaivers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentTaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageWaivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoverageWaivers_PlanTasks_ParentTaskId",
                        column: x => x.ParentTaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoverageWaivers_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoverageWaivers_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    StoredPath = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Link = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evidence_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Evidence_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RemedyDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionFindings_InspectionPlans_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "InspectionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionFindings_InspectionVisits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "InspectionVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionFindings_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InspectionFindings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParRemediations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    GovernmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CriterionTitle = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Points = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    PlanYear = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParRemediations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParRemediations_ParAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "ParAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParRemediations_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ParRemediations_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ParRemediations_Units_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParRemediations_Units_LeadUnitId",
                        column: x => x.LeadUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ByLead = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressEntries_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgressEntries_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FanOutGroupId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskAssignments_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaskAssignments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TriggerEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConditionText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriggerEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TriggerEvents_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TriggerEvents_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    StoredPath = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Link = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TaskEvidenceId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParEvidence_Evidence_TaskEvidenceId",
                        column: x => x.TaskEvidenceId,
                        principalTable: "Evidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParEvidence_ParAssessmentItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "ParAssessmentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "CatalogIndicators",
                columns: new[] { "Code", "Area", "Kind", "Name", "Source", "Unit" },
                values: new object[,]
                {
                    { "civil-service.complaints-handled-rate", "CivilService", "Rate", "Tỷ lệ đơn thư, khiếu nại, phản ánh kiến nghị được xem xét, xử lý", "ManualEntry", "%" },
                    { "civil-service.headcount", "CivilService", "Count", "Số cán bộ, công chức, viên chức", "ManualEntry", "người" },
                    { "civil-service.staff-reduction", "Apparatus", "Count", "Tinh giản biên chế (so với năm gốc)", "ManualEntry", "biên chế" },
                    { "direction.initiatives-recognised", "Direction", "Count", "Số sáng kiến CCHC được công nhận", "PlanData", "sáng kiến" },
                    { "direction.inspection-coverage", "Direction", "Rate", "Tỷ lệ cơ quan, đơn vị được kiểm tra công tác CCHC", "ManualEntry", "%" },
                    { "direction.subordinate-plans-on-time-rate", "Direction", "Rate", "Tỷ lệ cơ quan, đơn vị cấp dưới ban hành kế hoạch CCHC đúng hạn", "PlanData", "%" },
                    { "document.leader-signature-rate", "DigitalGovernment", "Rate", "Tỷ lệ văn bản ký số của lãnh đạo", "ManualEntry", "%" },
                    { "document.online-handling-rate", "DigitalGovernment", "Rate", "Tỷ lệ văn bản, hồ sơ công việc xử lý trên môi trường mạng", "ManualEntry", "%" },
                    { "document.unit-signature-rate", "DigitalGovernment", "Rate", "Tỷ lệ văn bản ký số của cơ quan, đơn vị", "ManualEntry", "%" },
                    { "dossier.digitised-rate", "Procedures", "Rate", "Tỷ lệ hồ sơ TTHC được số hoá", "Dossiers", "%" },
                    { "dossier.digitised-result-rate", "Procedures", "Rate", "Tỷ lệ kết quả giải quyết TTHC được số hoá / cấp điện tử", "Dossiers", "%" },
                    { "dossier.electronic-routing-rate", "Procedures", "Rate", "Tỷ lệ hồ sơ luân chuyển nội bộ bằng phương thức điện tử", "ManualEntry", "%" },
                    { "dossier.late-apology-rate", "Procedures", "Rate", "Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi", "Dossiers", "%" },
                    { "dossier.late-without-apology", "Procedures", "Count", "Số hồ sơ trễ hạn chưa có văn bản xin lỗi", "Dossiers", "hồ sơ" },
                    { "dossier.on-time-rate", "Procedures", "Rate", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn", "Dossiers", "%" },
                    { "dossier.online-full-rate", "Procedures", "Rate", "Tỷ lệ hồ sơ nộp trực tuyến toàn trình", "Dossiers", "%" },
                    { "dossier.online-partial-rate", "Procedures", "Rate", "Tỷ lệ hồ sơ nộp trực tuyến một phần", "Dossiers", "%" },
                    { "dossier.online-payment-rate", "Procedures", "Rate", "Tỷ lệ hồ sơ thanh toán trực tuyến", "Dossiers", "%" },
                    { "dossier.online-rate", "Procedures", "Rate", "Tỷ lệ hồ sơ TTHC nộp trực tuyến (toàn trình và một phần)", "Dossiers", "%" },
                    { "dossier.overdue-at-end", "Procedures", "Count", "Số hồ sơ đang xử lý quá hạn cuối kỳ", "Dossiers", "hồ sơ" },
                    { "dossier.received", "Procedures", "Count", "Số hồ sơ TTHC tiếp nhận", "Dossiers", "hồ sơ" },
                    { "dossier.reuse-rate", "Procedures", "Rate", "Tỷ lệ khai thác, sử dụng lại dữ liệu đã số hoá", "Dossiers", "%" },
                    { "dossier.satisfaction-rate", "Procedures", "Rate", "Tỷ lệ hài lòng về giải quyết TTHC (đánh giá 4–5)", "Dossiers", "%" },
                    { "finance.autonomous-units", "PublicFinance", "Count", "Số đơn vị sự nghiệp công lập tự chủ tài chính", "ManualEntry", "đơn vị" },
                    { "finance.cchc-budget", "PublicFinance", "Count", "Kinh phí thực hiện nhiệm vụ CCHC", "ManualEntry", "VND" },
                    { "procedure.boundary-free-rate", "Procedures", "Rate", "Tỷ lệ TTHC tiếp nhận, giải quyết phi địa giới hành chính", "ManualEntry", "%" },
                    { "procedure.full-online-provision-rate", "DigitalGovernment", "Rate", "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình", "ManualEntry", "%" },
                    { "procedure.online-payment-enabled-rate", "Procedures", "Rate", "Tỷ lệ TTHC có nghĩa vụ tài chính được triển khai thanh toán trực tuyến", "ManualEntry", "%" },
                    { "procedure.published-on-time-rate", "Procedures", "Rate", "Tỷ lệ TTHC công bố đúng hạn (QĐ 766)", "ManualEntry", "%" },
                    { "survey.sipas-index", "Procedures", "Rate", "Chỉ số hài lòng theo khảo sát SIPAS", "ManualEntry", "%" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdHocReports_GovernmentId_Code",
                table: "AdHocReports",
                columns: new[] { "GovernmentId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdHocReports_GovernmentId_DueOn",
                table: "AdHocReports",
                columns: new[] { "GovernmentId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityKey",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName",
                table: "AuditEntries",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_CascadeObligations_GovernmentId",
                table: "CascadeObligations",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CascadeObligations_PlanId_GovernmentId",
                table: "CascadeObligations",
                columns: new[] { "PlanId", "GovernmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildUnitMappings_ChildUnitId",
                table: "ChildUnitMappings",
                column: "ChildUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildUnitMappings_GovernmentId_ParentUnitId",
                table: "ChildUnitMappings",
                columns: new[] { "GovernmentId", "ParentUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildUnitMappings_ParentUnitId",
                table: "ChildUnitMappings",
                column: "ParentUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentObligations_CommitmentId_Order",
                table: "CommitmentObligations",
                columns: new[] { "CommitmentId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_GovernmentId_Year",
                table: "Commitments",
                columns: new[] { "GovernmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_SignatoryUnitId",
                table: "Commitments",
                column: "SignatoryUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverageWaivers_GovernmentId",
                table: "CoverageWaivers",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverageWaivers_ParentTaskId",
                table: "CoverageWaivers",
                column: "ParentTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverageWaivers_PlanId_ParentTaskId_GovernmentId",
                table: "CoverageWaivers",
                columns: new[] { "PlanId", "ParentTaskId", "GovernmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DialogueIssues_DialogueId",
                table: "DialogueIssues",
                column: "DialogueId");

            migrationBuilder.CreateIndex(
                name: "IX_DialogueIssues_LeadUnitId_ClosedOn",
                table: "DialogueIssues",
                columns: new[] { "LeadUnitId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Dialogues_GovernmentId_HeldOn",
                table: "Dialogues",
                columns: new[] { "GovernmentId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Dialogues_PlanId",
                table: "Dialogues",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierProcedures_Key",
                table: "DossierProcedures",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Code_Source",
                table: "Dossiers",
                columns: new[] { "Code", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Unfinished",
                table: "Dossiers",
                columns: new[] { "ReceivedAt", "Code", "UnitCode", "ProcedureId", "DueAt", "FinishedAt", "Status", "Channel", "ServiceLevel", "HasFees", "PaidOnline", "DossierDigitised", "ResultDigitised", "DataReused", "Apologised", "Rating", "LastBatchId" },
                filter: "\"FinishedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_TaskId",
                table: "Evidence",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_UnitId",
                table: "Evidence",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEntries_GovernmentId_Number",
                table: "FeedbackEntries",
                columns: new[] { "GovernmentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEntries_GovernmentId_ReceivedOn",
                table: "FeedbackEntries",
                columns: new[] { "GovernmentId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEntries_HandlerUnitId",
                table: "FeedbackEntries",
                column: "HandlerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_Source_FileHash",
                table: "ImportBatches",
                columns: new[] { "Source", "FileHash" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportRejections_BatchId_Line",
                table: "ImportRejections",
                columns: new[] { "BatchId", "Line" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorActuals_IndicatorCode",
                table: "IndicatorActuals",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorActuals_UnitId_Period_IndicatorCode",
                table: "IndicatorActuals",
                columns: new[] { "UnitId", "Period", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_GovernmentId_Year",
                table: "IndicatorTargets",
                columns: new[] { "GovernmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_IndicatorCode",
                table: "IndicatorTargets",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_Period_UnitCode_Field_Code",
                table: "IndicatorValues",
                columns: new[] { "Period", "UnitCode", "Field", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_Year",
                table: "IndicatorValues",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_GovernmentId_ProposedOn",
                table: "Initiatives",
                columns: new[] { "GovernmentId", "ProposedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_UnitId",
                table: "Initiatives",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_InspectionId",
                table: "InspectionFindings",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_TaskId",
                table: "InspectionFindings",
                column: "TaskId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_UnitId",
                table: "InspectionFindings",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFindings_VisitId",
                table: "InspectionFindings",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionPlans_GovernmentId_Year",
                table: "InspectionPlans",
                columns: new[] { "GovernmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionUnits_InspectionId_UnitId",
                table: "InspectionUnits",
                columns: new[] { "InspectionId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionUnits_UnitId",
                table: "InspectionUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionVisits_InspectionId",
                table: "InspectionVisits",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionVisits_UnitId",
                table: "InspectionVisits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LateDossierApologies_DossierId",
                table: "LateDossierApologies",
                column: "DossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DedupKey",
                table: "Notifications",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UnitId_IsRead",
                table: "Notifications",
                columns: new[] { "UnitId", "IsRead" });

            migrationBuilder.CreateIndex(
                name: "IX_ParAreaOwners_GovernmentId_Area",
                table: "ParAreaOwners",
                columns: new[] { "GovernmentId", "Area" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParAreaOwners_UnitId",
                table: "ParAreaOwners",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ParAssessmentItems_AssessmentId_Code",
                table: "ParAssessmentItems",
                columns: new[] { "AssessmentId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParAssessments_CriteriaSetId_UnitId",
                table: "ParAssessments",
                columns: new[] { "CriteriaSetId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParAssessments_UnitId",
                table: "ParAssessments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ParCriteriaSets_GovernmentId_Year_Block_SetVersion",
                table: "ParCriteriaSets",
                columns: new[] { "GovernmentId", "Year", "Block", "SetVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParEvidence_ItemId",
                table: "ParEvidence",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ParEvidence_TaskEvidenceId",
                table: "ParEvidence",
                column: "TaskEvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ParRemediations_AssessmentId_Code",
                table: "ParRemediations",
                columns: new[] { "AssessmentId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParRemediations_GovernmentId",
                table: "ParRemediations",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ParRemediations_LeadUnitId",
                table: "ParRemediations",
                column: "LeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ParRemediations_PlanId",
                table: "ParRemediations",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ParRemediations_TaskId",
                table: "ParRemediations",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanAreas_PlanId_Order",
                table: "PlanAreas",
                columns: new[] { "PlanId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanImportSessions_UserName",
                table: "PlanImportSessions",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_PlanRevisions_PlanId_Number",
                table: "PlanRevisions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_GovernmentId_PeriodFrom",
                table: "Plans",
                columns: new[] { "GovernmentId", "PeriodFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ParentPlanId",
                table: "Plans",
                column: "ParentPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTargets_IndicatorCode",
                table: "PlanTargets",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTargets_PlanId",
                table: "PlanTargets",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_DueDate",
                table: "PlanTasks",
                column: "DueDate");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_ParentTaskId",
                table: "PlanTasks",
                column: "ParentTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_PlanId_Order",
                table: "PlanTasks",
                columns: new[] { "PlanId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressEntries_TaskId_CreatedAt",
                table: "ProgressEntries",
                columns: new[] { "TaskId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressEntries_UnitId",
                table: "ProgressEntries",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportInstances_GovernmentId_PeriodCode",
                table: "ReportInstances",
                columns: new[] { "GovernmentId", "PeriodCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportInstances_UnitId_RegimeCode_PeriodCode",
                table: "ReportInstances",
                columns: new[] { "UnitId", "RegimeCode", "PeriodCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportRegimes_GovernmentId_Code",
                table: "ReportRegimes",
                columns: new[] { "GovernmentId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSections_ReportId_Code",
                table: "ReportSections",
                columns: new[] { "ReportId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportWaivers_ChildUnitId",
                table: "ReportWaivers",
                column: "ChildUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportWaivers_ReportId_ChildUnitId",
                table: "ReportWaivers",
                columns: new[] { "ReportId", "ChildUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind",
                table: "SearchEntries",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_StandingAgencies_AgencyId",
                table: "StandingAgencies",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_StandingAgencies_GovernmentId_ValidFrom",
                table: "StandingAgencies",
                columns: new[] { "GovernmentId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCampaigns_GovernmentId_Year",
                table: "SurveyCampaigns",
                columns: new[] { "GovernmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyQuestions_CampaignId_Code",
                table: "SurveyQuestions",
                columns: new[] { "CampaignId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_CampaignId",
                table: "SurveyResponses",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveySectorTargets_GovernmentId_Year_Sector",
                table: "SurveySectorTargets",
                columns: new[] { "GovernmentId", "Year", "Sector" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyUploads_CampaignId",
                table: "SurveyUploads",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_TaskId_UnitId_Role",
                table: "TaskAssignments",
                columns: new[] { "TaskId", "UnitId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_UnitId",
                table: "TaskAssignments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TriggerEvents_PlanId",
                table: "TriggerEvents",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_TriggerEvents_TaskId",
                table: "TriggerEvents",
                column: "TaskId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitAliases_MatchKey_UnitId",
                table: "UnitAliases",
                columns: new[] { "MatchKey", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitAliases_UnitId",
                table: "UnitAliases",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitEvents_UnitId_EffectiveOn",
                table: "UnitEvents",
                columns: new[] { "UnitId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitGroupAliases_GroupId",
                table: "UnitGroupAliases",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitGroupAliases_MatchKey_GroupId",
                table: "UnitGroupAliases",
                columns: new[] { "MatchKey", "GroupId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitGroupMembers_GroupId_UnitId",
                table: "UnitGroupMembers",
                columns: new[] { "GroupId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitGroupMembers_UnitId",
                table: "UnitGroupMembers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitGroups_Code",
                table: "UnitGroups",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitGroups_GovernmentId",
                table: "UnitGroups",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitNameMappings_GovernmentId_FoldedText",
                table: "UnitNameMappings",
                columns: new[] { "GovernmentId", "FoldedText" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitNameMappings_GroupId",
                table: "UnitNameMappings",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitNameMappings_UnitId",
                table: "UnitNameMappings",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitNames_UnitId_ValidFrom",
                table: "UnitNames",
                columns: new[] { "UnitId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitParents_ParentId_ValidFrom",
                table: "UnitParents",
                columns: new[] { "ParentId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitParents_UnitId_ValidFrom",
                table: "UnitParents",
                columns: new[] { "UnitId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccessions_PredecessorId_SuccessorId",
                table: "UnitSuccessions",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccessions_SuccessorId",
                table: "UnitSuccessions",
                column: "SuccessorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdHocReports");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CascadeObligations");

            migrationBuilder.DropTable(
                name: "ChildUnitMappings");

            migrationBuilder.DropTable(
                name: "CommitmentObligations");

            migrationBuilder.DropTable(
                name: "CoverageWaivers");

            migrationBuilder.DropTable(
                name: "DialogueIssues");

            migrationBuilder.DropTable(
                name: "DossierProcedures");

            migrationBuilder.DropTable(
                name: "DossierSourceMaps");

            migrationBuilder.DropTable(
                name: "DossierYearCounts");

            migrationBuilder.DropTable(
                name: "FeedbackEntries");

            migrationBuilder.DropTable(
                name: "ImportRejections");

            migrationBuilder.DropTable(
                name: "IndicatorActuals");

            migrationBuilder.DropTable(
                name: "IndicatorTargets");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "Initiatives");

            migrationBuilder.DropTable(
                name: "InspectionFindings");

            migrationBuilder.DropTable(
                name: "InspectionUnits");

            migrationBuilder.DropTable(
                name: "LateDossierApologies");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "ParAreaOwners");

            migrationBuilder.DropTable(
                name: "ParEvidence");

            migrationBuilder.DropTable(
                name: "ParRemediations");

            migrationBuilder.DropTable(
                name: "PlanAreas");

            migrationBuilder.DropTable(
                name: "PlanImportSessions");

            migrationBuilder.DropTable(
                name: "PlanRevisions");

            migrationBuilder.DropTable(
                name: "PlanTargets");

            migrationBuilder.DropTable(
                name: "ProgressEntries");

            migrationBuilder.DropTable(
                name: "ReportRegimes");

            migrationBuilder.DropTable(
                name: "ReportSections");

            migrationBuilder.DropTable(
                name: "ReportWaivers");

            migrationBuilder.DropTable(
                name: "SearchEntries");

            migrationBuilder.DropTable(
                name: "StandingAgencies");

            migrationBuilder.DropTable(
                name: "SurveyQuestions");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "SurveySectorTargets");

            migrationBuilder.DropTable(
                name: "SurveyUploads");

            migrationBuilder.DropTable(
                name: "TaskAssignments");

            migrationBuilder.DropTable(
                name: "TriggerEvents");

            migrationBuilder.DropTable(
                name: "UnitAliases");

            migrationBuilder.DropTable(
                name: "UnitEvents");

            migrationBuilder.DropTable(
                name: "UnitGroupAliases");

            migrationBuilder.DropTable(
                name: "UnitGroupMembers");

            migrationBuilder.DropTable(
                name: "UnitNameMappings");

            migrationBuilder.DropTable(
                name: "UnitNames");

            migrationBuilder.DropTable(
                name: "UnitParents");

            migrationBuilder.DropTable(
                name: "UnitSuccessions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "Dialogues");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropTable(
                name: "CatalogIndicators");

            migrationBuilder.DropTable(
                name: "InspectionVisits");

            migrationBuilder.DropTable(
                name: "Dossiers");

            migrationBuilder.DropTable(
                name: "Evidence");

            migrationBuilder.DropTable(
                name: "ParAssessmentItems");

            migrationBuilder.DropTable(
                name: "ReportInstances");

            migrationBuilder.DropTable(
                name: "SurveyCampaigns");

            migrationBuilder.DropTable(
                name: "UnitGroups");

            migrationBuilder.DropTable(
                name: "InspectionPlans");

            migrationBuilder.DropTable(
                name: "PlanTasks");

            migrationBuilder.DropTable(
                name: "ParAssessments");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "ParCriteriaSets");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
