using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>A precomputed indicator value (unit × period × field; <see cref="Field"/> "" = all fields). Replaced per
/// year by <see cref="IndicatorComputer"/>, so the board only reads.</summary>
public sealed class StoredIndicatorValue
{
    public long Id { get; set; }

    public int Year { get; set; }

    public string Period { get; set; } = "";

    public string Code { get; set; } = "";

    public string UnitCode { get; set; } = "";

    public string Field { get; set; } = "";

    public long Numerator { get; set; }

    public long? Denominator { get; set; }

    public decimal? Value { get; set; }
}

internal sealed class StoredIndicatorValueConfiguration : IEntityTypeConfiguration<StoredIndicatorValue>
{
    public void Configure(EntityTypeBuilder<StoredIndicatorValue> builder)
    {
        builder.ToTable("IndicatorValues");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Period).HasMaxLength(10).IsRequired();
        builder.Property(v => v.Code).HasMaxLength(100).IsRequired();
        builder.Property(v => v.UnitCode).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Field).HasMaxLength(300).IsRequired();
        builder.Property(v => v.Value).HasPrecision(18, 2);
        builder.HasIndex(v => new { v.Period, v.UnitCode, v.Field, v.Code });
        builder.HasIndex(v => v.Year);
    }
}

internal sealed class CatalogIndicatorConfiguration : IEntityTypeConfiguration<CatalogIndicator>
{
    public void Configure(EntityTypeBuilder<CatalogIndicator> builder)
    {
        builder.ToTable("CatalogIndicators");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(100);
        builder.Property(c => c.Name).HasMaxLength(500).IsRequired();
        builder.Property(c => c.Unit).HasMaxLength(50).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Area).HasConversion<string>().HasMaxLength(30);
        builder.HasData(IndicatorCatalog.All.Select(d => new CatalogIndicator
        {
            Code = d.Code, Name = d.Name, Unit = d.Unit, Kind = d.Kind, Source = d.Source, Area = d.Area,
        }));
    }
}

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.ToTable("IndicatorTargets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.IndicatorCode).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Comparator).HasMaxLength(20).IsRequired();
        builder.Property(t => t.Unit).HasMaxLength(50).IsRequired();
        builder.Property(t => t.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Value).HasPrecision(18, 2);
        builder.Property(t => t.Baseline).HasPrecision(18, 2);
        builder.Property(t => t.Text).HasMaxLength(2000);
        builder.Property(t => t.PlanReference).HasMaxLength(500);
        builder.HasOne<CatalogIndicator>().WithMany().HasForeignKey(t => t.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.GovernmentId, t.Year });
    }
}

internal sealed class IndicatorActualConfiguration : IEntityTypeConfiguration<IndicatorActual>
{
    public void Configure(EntityTypeBuilder<IndicatorActual> builder)
    {
        builder.ToTable("IndicatorActuals");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Period).HasMaxLength(10).IsRequired();
        builder.Property(a => a.IndicatorCode).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Value).HasPrecision(18, 2);
        builder.Property(a => a.SourceNote).HasMaxLength(1000).IsRequired();
        builder.HasOne<CatalogIndicator>().WithMany().HasForeignKey(a => a.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UnitId, a.Period, a.IndicatorCode }).IsUnique();
    }
}
