using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Plans;

/// <summary>A measurable goal of a plan (contract target), linkable to an indicator of the catalogue.</summary>
public sealed class PlanTarget : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public int Order { get; set; }

    public string? AreaCode { get; set; }

    public string Text { get; set; } = "";

    /// <summary>&gt;=, &gt;, =, &lt;=, &lt;, reduce-by.</summary>
    public string Comparator { get; set; } = ">=";

    public decimal Value { get; set; }

    public string Unit { get; set; } = "";

    /// <summary>Contract level (province, district, commune, …) or null.</summary>
    public string? Level { get; set; }

    public bool Stretch { get; set; }

    public string? Source { get; set; }

    public int? BaselineYear { get; set; }

    /// <summary>The indicator catalogue code this target measures (e.g. <c>dossier.on-time-rate</c>).</summary>
    public string? IndicatorCode { get; set; }

    public IndicatorLinkStatus IndicatorLink { get; set; }

    public long Version { get; set; }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.ToTable("PlanTargets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.AreaCode).HasMaxLength(40);
        builder.Property(t => t.Text).HasMaxLength(4000).IsRequired();
        builder.Property(t => t.Comparator).HasMaxLength(20).IsRequired();
        builder.Property(t => t.Value).HasPrecision(20, 4);
        builder.Property(t => t.Unit).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Level).HasMaxLength(20);
        builder.Property(t => t.Source).HasMaxLength(200);
        builder.Property(t => t.IndicatorCode).HasMaxLength(100);
        builder.Property(t => t.IndicatorLink).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.PlanId);
        builder.HasIndex(t => t.IndicatorCode);
    }
}
