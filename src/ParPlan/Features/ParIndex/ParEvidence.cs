using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.ParIndex;

/// <summary>Evidence (tài liệu kiểm chứng) of one assessment item: an uploaded file, a web link, or a link to evidence
/// already attached to a plan task.</summary>
public sealed class ParEvidence
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ItemId { get; set; }

    public string Title { get; set; } = "";

    public string? FileName { get; set; }

    /// <summary>Path relative to the data folder's <c>par-evidence</c> folder.</summary>
    public string? StoredPath { get; set; }

    public string? ContentType { get; set; }

    public long Size { get; set; }

    public string? Link { get; set; }

    /// <summary>The task evidence this points to, when the proof is already in ParPlan.</summary>
    public Guid? TaskEvidenceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

internal sealed class ParEvidenceConfiguration : IEntityTypeConfiguration<ParEvidence>
{
    public void Configure(EntityTypeBuilder<ParEvidence> builder)
    {
        builder.ToTable("ParEvidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Title).HasMaxLength(Evidence.TitleMax).IsRequired();
        builder.Property(e => e.FileName).HasMaxLength(260);
        builder.Property(e => e.StoredPath).HasMaxLength(300);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Link).HasMaxLength(Evidence.LinkMax);
        builder.Property(e => e.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<ParAssessmentItem>().WithMany().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Evidence>().WithMany().HasForeignKey(e => e.TaskEvidenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.ItemId);
    }
}
