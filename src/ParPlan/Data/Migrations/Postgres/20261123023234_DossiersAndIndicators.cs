using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ParPlan.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DossiersAndIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProcedureName = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Field = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ServiceLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
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
                name: "DossierSourceMaps",
                columns: table => new
                {
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MapJson = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierSourceMaps", x => x.Source);
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

            migrationBuilder.InsertData(
                table: "CatalogIndicators",
                columns: new[] { "Code", "Area", "Kind", "Name", "Source", "Unit" },
                values: new object[,]
                {
                    { "civil-service.complaints-handled-rate", "CivilService", "Rate", "Tỷ lệ đơn thư, khiếu nại, phản ánh kiến nghị được xem xét, xử lý", "ManualEntry", "%" },
                    { "civil-service.headcount", "CivilService", "Count", "Số cán bộ, công chức, viên chức", "ManualEntry", "người" },
                    { "civil-service.staff-reduction", "Apparatus", "Count", "Tinh giản biên chế (so với năm gốc)", "ManualEntry", "biên chế" },
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
                    { "procedure.published-on-time-rate", "Procedures", "Rate", "Tỷ lệ TTHC công bố đúng hạn (QĐ 766)", "ManualEntry", "%" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Source_Code",
                table: "Dossiers",
                columns: new[] { "Source", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_UnitCode_ReceivedAt",
                table: "Dossiers",
                columns: new[] { "UnitCode", "ReceivedAt" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Dossiers");

            migrationBuilder.DropTable(
                name: "DossierSourceMaps");

            migrationBuilder.DropTable(
                name: "ImportRejections");

            migrationBuilder.DropTable(
                name: "IndicatorActuals");

            migrationBuilder.DropTable(
                name: "IndicatorTargets");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropTable(
                name: "CatalogIndicators");
        }
    }
}
