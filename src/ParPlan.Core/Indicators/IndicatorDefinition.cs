using ParPlan.Core.Plans;

namespace ParPlan.Core.Indicators;

/// <summary>One indicator of the catalogue, keyed by concept (not by plan).</summary>
public sealed record IndicatorDefinition
{
    public required string Code { get; init; }
    /// <summary>Vietnamese name.</summary>
    public required string Name { get; init; }
    /// <summary>"%" for rates, or the counted noun ("hồ sơ", "biên chế", "VND").</summary>
    public required string Unit { get; init; }
    public required IndicatorKind Kind { get; init; }
    public required IndicatorSource Source { get; init; }
    public required AreaCode Area { get; init; }
    /// <summary>What is counted on top (Vietnamese).</summary>
    public required string Numerator { get; init; }
    /// <summary>What is counted below, for rates (Vietnamese).</summary>
    public string? Denominator { get; init; }
    /// <summary>Levels the indicator applies to; empty = every level.</summary>
    public IReadOnlyList<GovernmentLevel> Levels { get; init; } = [];
    /// <summary>The 766 group a dossier indicator feeds, if any.</summary>
    public Decision766Group? Group766 { get; init; }
    /// <summary>Rules of <see cref="IndicatorMatcher"/>.</summary>
    public IReadOnlyList<KeywordRule> Keywords { get; init; } = [];

    public bool IsManual => Source != IndicatorSource.Dossiers;

    public bool AppliesTo(GovernmentLevel level) => Levels.Count == 0 || Levels.Contains(level);
}
