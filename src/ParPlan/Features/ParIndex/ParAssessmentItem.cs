using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.ParIndex;

/// <summary>One scorable leaf of an assessment: the unit's self-score and explanation, ParPlan's computed proposal and how
/// it was computed, the appraiser's score and comment per round, and the unit's reply (giải trình) to round 1.</summary>
public sealed class ParAssessmentItem
{
    public const int TextMax = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AssessmentId { get; set; }

    public string Code { get; set; } = "";

    public bool Applicable { get; set; } = true;

    public decimal? SelfScore { get; set; }

    public string? Explanation { get; set; }

    public decimal? ProposedScore { get; set; }

    /// <summary>How the proposal was computed, in Vietnamese ("12 of 15 tasks due in 2026 done on time: 80%").</summary>
    public string? ProposalNote { get; set; }

    /// <summary>The appraised score as round 1 left it (kept when round 2 changes it).</summary>
    public decimal? Round1Score { get; set; }

    public decimal? AppraisedScore { get; set; }

    public string? Comment { get; set; }

    /// <summary>The unit's explanation (giải trình) where it disagrees with round 1.</summary>
    public string? Reply { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}

internal sealed class ParAssessmentItemConfiguration : IEntityTypeConfiguration<ParAssessmentItem>
{
    public void Configure(EntityTypeBuilder<ParAssessmentItem> builder)
    {
        builder.ToTable("ParAssessmentItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Code).HasMaxLength(40).IsRequired();
        builder.Property(i => i.Explanation).HasMaxLength(ParAssessmentItem.TextMax);
        builder.Property(i => i.ProposalNote).HasMaxLength(ParAssessmentItem.TextMax);
        builder.Property(i => i.Comment).HasMaxLength(ParAssessmentItem.TextMax);
        builder.Property(i => i.Reply).HasMaxLength(ParAssessmentItem.TextMax);
        builder.Property(i => i.UpdatedBy).HasMaxLength(256);
        foreach (var p in new[] { nameof(ParAssessmentItem.SelfScore), nameof(ParAssessmentItem.ProposedScore), nameof(ParAssessmentItem.Round1Score), nameof(ParAssessmentItem.AppraisedScore) })
        {
            builder.Property(p).HasPrecision(9, 2);
        }

        builder.HasOne<ParAssessment>().WithMany().HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.AssessmentId, i.Code }).IsUnique();
    }
}
