using ParPlan.Data;

namespace ParPlan.Features.Indicators;

/// <summary>An actual entered by hand (with its source) for a manual indicator, per unit and period.</summary>
public sealed class IndicatorActual : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UnitId { get; set; }

    public string Period { get; set; } = "";

    public string IndicatorCode { get; set; } = "";

    public decimal Value { get; set; }

    public string SourceNote { get; set; } = "";

    public DateTimeOffset EnteredAt { get; set; }

    public long Version { get; set; }
}
