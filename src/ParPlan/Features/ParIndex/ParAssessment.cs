using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.ParIndex;

/// <summary>A unit's assessment against one criteria set version: self-scores, appraisal rounds, survey points, bonus and
/// penalty, and once finalised the index and band. <see cref="Version"/> covers its items too: any change bumps it.</summary>
public sealed class ParAssessment : IVersioned
{
    public const int NoteMax = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CriteriaSetId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>open, submitted, appraising, finalized (<see cref="ParStatuses"/>).</summary>
    public string Status { get; set; } = ParStatuses.Open;

    /// <summary>1 during the first appraisal round; 2 once the appraiser has sent round 1 back for the unit's explanations.</summary>
    public int Round { get; set; } = 1;

    public decimal? SurveyPoints { get; set; }

    public decimal Bonus { get; set; }

    public decimal Penalty { get; set; }

    public string? AdjustmentNote { get; set; }

    public decimal SelfTotal { get; set; }

    public decimal AppraisedTotal { get; set; }

    public decimal? Index { get; set; }

    public string? Band { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? FinalizedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public long Version { get; set; }
}

internal sealed class ParAssessmentConfiguration : IEntityTypeConfiguration<ParAssessment>
{
    public void Configure(EntityTypeBuilder<ParAssessment> builder)
    {
        builder.ToTable("ParAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Status).HasMaxLength(20).IsRequired();
        builder.Property(a => a.AdjustmentNote).HasMaxLength(ParAssessment.NoteMax);
        builder.Property(a => a.Band).HasMaxLength(100);
        builder.Property(a => a.UpdatedBy).HasMaxLength(256).IsRequired();
        foreach (var p in new[] { nameof(ParAssessment.SurveyPoints), nameof(ParAssessment.Bonus), nameof(ParAssessment.Penalty),
                     nameof(ParAssessment.SelfTotal), nameof(ParAssessment.AppraisedTotal), nameof(ParAssessment.Index) })
        {
            builder.Property(p).HasPrecision(9, 2);
        }

        builder.HasOne<ParCriteriaSet>().WithMany().HasForeignKey(a => a.CriteriaSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CriteriaSetId, a.UnitId }).IsUnique();
    }
}
