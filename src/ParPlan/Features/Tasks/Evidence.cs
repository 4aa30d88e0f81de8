using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>An output attached to a task as proof: a document with its number and symbol ("15/KH-UBND") and date,
/// stored as an uploaded file under the data folder, or a link.</summary>
public sealed class Evidence
{
    public const int TitleMax = 1000;
    public const int DocumentNumberMax = 100;
    public const int LinkMax = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TaskId { get; set; }

    public Guid UnitId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Số, ký hiệu văn bản.</summary>
    public string? DocumentNumber { get; set; }

    public DateOnly? DocumentDate { get; set; }

    /// <summary>The uploaded file's original name; null for a link.</summary>
    public string? FileName { get; set; }

    /// <summary>Path relative to the evidence folder of the data directory.</summary>
    public string? StoredPath { get; set; }

    public string? ContentType { get; set; }

    public long Size { get; set; }

    public string? Link { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("Evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Title).HasMaxLength(Evidence.TitleMax).IsRequired();
        builder.Property(e => e.DocumentNumber).HasMaxLength(Evidence.DocumentNumberMax);
        builder.Property(e => e.FileName).HasMaxLength(260);
        builder.Property(e => e.StoredPath).HasMaxLength(300);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Link).HasMaxLength(Evidence.LinkMax);
        builder.Property(e => e.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.TaskId);
    }
}
