using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Surveys;

/// <summary>A sector's satisfaction floor for a government's year (D2: at least 85% for land, construction, investment,
/// health and education); a sector without one is compared with the overall target.</summary>
public sealed class SurveySectorTarget : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    public int Year { get; set; }

    public string Sector { get; set; } = "";

    public decimal Floor { get; set; }

    public long Version { get; set; }
}

internal sealed class SurveySectorTargetConfiguration : IEntityTypeConfiguration<SurveySectorTarget>
{
    public void Configure(EntityTypeBuilder<SurveySectorTarget> builder)
    {
        builder.ToTable("SurveySectorTargets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Sector).HasMaxLength(Core.Surveys.SurveyCalculator.MaxSector).IsRequired();
        builder.Property(t => t.Floor).HasPrecision(9, 2);
        builder.HasIndex(t => new { t.GovernmentId, t.Year, t.Sector }).IsUnique();
    }
}
