using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Core.Records;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Records;

/// <summary>A reform initiative (sáng kiến) in a government's registry (DOMAIN §7.6): proposed by a unit, evaluated,
/// recognised by a level with a decision, then applied elsewhere (<see cref="Core.Labels.InitiativeStageLabels"/>).
/// Recognised ones count toward targets such as "ít nhất 01–02 sáng kiến" (<see cref="InitiativeIndicatorFeed"/>).</summary>
public sealed class Initiative : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    /// <summary>The proposing unit; its officers may propose and edit while it is a proposal.</summary>
    public Guid UnitId { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string? Authors { get; set; }

    public DateOnly ProposedOn { get; set; }

    public string Stage { get; set; } = Core.Labels.InitiativeStageLabels.Proposed;

    public string? EvaluationNote { get; set; }

    public string? RecognitionLevel { get; set; }

    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public string? AppliedWhere { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ToTable("Initiatives");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).HasMaxLength(InitiativeRules.MaxTitle).IsRequired();
        builder.Property(i => i.Summary).HasMaxLength(InitiativeRules.MaxText);
        builder.Property(i => i.Authors).HasMaxLength(500);
        builder.Property(i => i.Stage).HasMaxLength(40).IsRequired();
        builder.Property(i => i.EvaluationNote).HasMaxLength(InitiativeRules.MaxText);
        builder.Property(i => i.RecognitionLevel).HasMaxLength(40);
        builder.Property(i => i.DecisionNumber).HasMaxLength(InitiativeRules.MaxDecisionNumber);
        builder.Property(i => i.AppliedWhere).HasMaxLength(InitiativeRules.MaxText);
        builder.Property(i => i.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(i => i.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.GovernmentId, i.ProposedOn });
    }
}
