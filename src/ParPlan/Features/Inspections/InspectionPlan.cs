using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Core.Inspections;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Inspections;

/// <summary>An inspection plan of one government for one year (DOMAIN §7.4): planned, unscheduled ("đột xuất") or a
/// self-inspection ("tự kiểm tra"), with its coverage target and the denominator it counts against, stated explicitly
/// because plans define it differently (DOMAIN §6.2).</summary>
public sealed class InspectionPlan : IVersioned
{
    public const int TitleMax = 500;
    public const int DecisionNumberMax = 50;
    public const int TargetSourceMax = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The inspecting government.</summary>
    public Guid GovernmentId { get; set; }

    public int Year { get; set; }

    public string Title { get; set; } = "";

    public InspectionKind Kind { get; set; }

    /// <summary>The coverage target in %; null when the plan sets none.</summary>
    public decimal? CoverageTarget { get; set; }

    /// <summary>Where the target came from ("Kế hoạch 15/KH-UBND: … ít nhất 30% …"), or null when typed in.</summary>
    public string? TargetSource { get; set; }

    /// <summary>True: the denominator is the units ticked in <see cref="InspectionUnit.InDenominator"/>; false: the
    /// government's own units (its agencies and the governments directly below it).</summary>
    public bool ChosenDenominator { get; set; }

    /// <summary>The decision setting up the inspection team ("Quyết định thành lập đoàn"): its number and date.</summary>
    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

internal sealed class InspectionPlanConfiguration : IEntityTypeConfiguration<InspectionPlan>
{
    public void Configure(EntityTypeBuilder<InspectionPlan> builder)
    {
        builder.ToTable("InspectionPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(InspectionPlan.TitleMax).IsRequired();
        builder.Property(p => p.Kind).HasConversion(k => InspectionRules.Code(k), s => InspectionRules.ParseKind(s) ?? InspectionKind.Planned).HasMaxLength(20);
        builder.Property(p => p.CoverageTarget).HasPrecision(6, 2);
        builder.Property(p => p.TargetSource).HasMaxLength(InspectionPlan.TargetSourceMax);
        builder.Property(p => p.DecisionNumber).HasMaxLength(InspectionPlan.DecisionNumberMax);
        builder.Property(p => p.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.GovernmentId, p.Year });
    }
}
