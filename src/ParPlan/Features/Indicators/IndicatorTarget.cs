using ParPlan.Core.Plans;
using ParPlan.Data;

namespace ParPlan.Features.Indicators;

/// <summary>A plan target linked to a catalogue indicator, for one government and year. The plan is named by text
/// for now (<see cref="PlanReference"/>), so plans can point at this entity later.</summary>
public sealed class IndicatorTarget : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    public int Year { get; set; }

    public string IndicatorCode { get; set; } = "";

    /// <summary>"&gt;=", "&lt;=", "=", "reduce-by" … as <see cref="PlanTarget.Comparator"/>.</summary>
    public string Comparator { get; set; } = ">=";

    public decimal Value { get; set; }

    public string Unit { get; set; } = "%";

    public GovernmentLevel? Level { get; set; }

    public bool Stretch { get; set; }

    public decimal? Baseline { get; set; }

    public string Text { get; set; } = "";

    public string? PlanReference { get; set; }

    public long Version { get; set; }

    public PlanTarget ToPlanTarget() => new() { Text = Text, Comparator = Comparator, Value = Value, Unit = Unit, Level = Level, Stretch = Stretch };
}
