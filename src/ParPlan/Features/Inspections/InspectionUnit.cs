using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Inspections;

/// <summary>A unit named by an inspection plan: selected to be inspected, and/or counted in a chosen denominator.</summary>
public sealed class InspectionUnit
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid InspectionId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>Chosen for inspection (the plan's list of units to visit).</summary>
    public bool Selected { get; set; }

    /// <summary>Counted in the denominator when the plan chose its own list (<see cref="InspectionPlan.ChosenDenominator"/>).</summary>
    public bool InDenominator { get; set; }
}

internal sealed class InspectionUnitConfiguration : IEntityTypeConfiguration<InspectionUnit>
{
    public void Configure(EntityTypeBuilder<InspectionUnit> builder)
    {
        builder.ToTable("InspectionUnits");
        builder.HasKey(u => u.Id);
        builder.HasOne<InspectionPlan>().WithMany().HasForeignKey(u => u.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.InspectionId, u.UnitId }).IsUnique();
    }
}
