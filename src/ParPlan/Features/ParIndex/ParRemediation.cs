using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.ParIndex;

/// <summary>A criterion where a finalised unit lost points, proposed as a task for next year (DOMAIN §7.3, D3 §V.1). The
/// standing agency accepts it, with its wording, area, lead unit and due date, into a Draft plan of its government for
/// next year (the created task is <see cref="TaskId"/>: the link from the plan's task to the criterion and proposal),
/// or rejects it with a reason.</summary>
public sealed class ParRemediation : IVersioned
{
    public const int NoteMax = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AssessmentId { get; set; }

    /// <summary>The government whose next plan takes the task: the assessed unit when it is one, else its government.</summary>
    public Guid GovernmentId { get; set; }

    /// <summary>The criterion (leaf) code in the assessment's set version.</summary>
    public string Code { get; set; } = "";

    public string CriterionTitle { get; set; } = "";

    public decimal MaxPoints { get; set; }

    /// <summary>The points kept (appraised, else self-scored) at finalisation.</summary>
    public decimal Points { get; set; }

    /// <summary>The year whose plan takes the task (the set's year + 1).</summary>
    public int PlanYear { get; set; }

    /// <summary>The proposed wording, replaced by the accepted one.</summary>
    public string Title { get; set; } = "";

    /// <summary>The plan area code (direction, institutions, …, indices).</summary>
    public string AreaCode { get; set; } = "";

    public Guid? LeadUnitId { get; set; }

    public DateOnly? DueOn { get; set; }

    /// <summary>proposed, accepted, rejected (<see cref="ParRemediationStatuses"/>).</summary>
    public string Status { get; set; } = ParRemediationStatuses.Proposed;

    /// <summary>Why it was rejected.</summary>
    public string? Note { get; set; }

    public Guid? PlanId { get; set; }

    public Guid? TaskId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public long Version { get; set; }
}

internal sealed class ParRemediationConfiguration : IEntityTypeConfiguration<ParRemediation>
{
    public void Configure(EntityTypeBuilder<ParRemediation> builder)
    {
        builder.ToTable("ParRemediations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(40).IsRequired();
        builder.Property(r => r.CriterionTitle).HasMaxLength(PlanTask.TitleMax).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(PlanTask.TitleMax).IsRequired();
        builder.Property(r => r.AreaCode).HasMaxLength(PlanTask.AreaCodeMax).IsRequired();
        builder.Property(r => r.Status).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(ParRemediation.NoteMax);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.Property(r => r.MaxPoints).HasPrecision(9, 2);
        builder.Property(r => r.Points).HasPrecision(9, 2);
        builder.HasOne<ParAssessment>().WithMany().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.AssessmentId, r.Code }).IsUnique();
        builder.HasIndex(r => r.GovernmentId);
        builder.HasIndex(r => r.TaskId);
    }
}
