using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Inspections;

/// <summary>A shortcoming found on a visit. It becomes a remediation task led by the inspected unit (<see cref="TaskId"/>,
/// in the inspecting government's issued plan), whose progress and evidence track it to closure.</summary>
public sealed class InspectionFinding
{
    public const int TextMax = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid InspectionId { get; set; }

    public Guid VisitId { get; set; }

    /// <summary>The inspected unit (the visit's).</summary>
    public Guid UnitId { get; set; }

    public string Text { get; set; } = "";

    public DateOnly RemedyDueOn { get; set; }

    /// <summary>The remediation task.</summary>
    public Guid TaskId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

internal sealed class InspectionFindingConfiguration : IEntityTypeConfiguration<InspectionFinding>
{
    public void Configure(EntityTypeBuilder<InspectionFinding> builder)
    {
        builder.ToTable("InspectionFindings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Text).HasMaxLength(InspectionFinding.TextMax).IsRequired();
        builder.Property(f => f.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<InspectionPlan>().WithMany().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<InspectionVisit>().WithMany().HasForeignKey(f => f.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.InspectionId);
        builder.HasIndex(f => f.VisitId);
        builder.HasIndex(f => f.TaskId).IsUnique();
    }
}
