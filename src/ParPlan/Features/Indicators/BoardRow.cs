using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>One indicator on the board: its value, monthly trend, target and assessment.</summary>
public sealed record BoardRow(string Code, string Name, string Unit, bool FromDossiers, long? Numerator, long? Denominator, decimal? Value,
    IReadOnlyList<decimal?> Trend, IndicatorTarget? Target, AttainmentResult Attainment, string? ActualNote);
