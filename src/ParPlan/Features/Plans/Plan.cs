using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Plans;

/// <summary>A CCHC plan of one government (UBND tỉnh / huyện / xã), for a period (a year or a phase).</summary>
public sealed class Plan : IVersioned
{
    public const int TitleMax = 1000;
    public const int NumberMax = 50;
    public const int SignerMax = 300;
    public const int ReferenceMax = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The issuing government (a <see cref="Unit"/>).</summary>
    public Guid GovernmentId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>"12/KH-UBND"; null while a draft.</summary>
    public string? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string? Signer { get; set; }

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    /// <summary>"Thực hiện Kế hoạch số 239/KH-UBND ngày 20/12/2024 của UBND tỉnh" as written.</summary>
    public string? ParentPlanReference { get; set; }

    /// <summary>The parent plan when it is in ParPlan.</summary>
    public Guid? ParentPlanId { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    /// <summary>0 until the first revision after issuance.</summary>
    public int RevisionNumber { get; set; }

    public long Version { get; set; }

    public string? SourceFileName { get; set; }

    /// <summary>SHA-256 of the uploaded file (hex), to spot a re-import of the same file.</summary>
    public string? SourceFileHash { get; set; }

    /// <summary>The parser's warnings, a JSON array of strings.</summary>
    [LongText]
    public string WarningsJson { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("Plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(Plan.TitleMax).IsRequired();
        builder.Property(p => p.Number).HasMaxLength(Plan.NumberMax);
        builder.Property(p => p.Signer).HasMaxLength(Plan.SignerMax);
        builder.Property(p => p.ParentPlanReference).HasMaxLength(Plan.ReferenceMax);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SourceFileName).HasMaxLength(260);
        builder.Property(p => p.SourceFileHash).HasMaxLength(64);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.ParentPlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.GovernmentId, p.PeriodFrom });
    }
}
