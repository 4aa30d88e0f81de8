namespace ParPlan.Features.Indicators;

/// <summary>One unit's value of an indicator (the board's drill-down by unit).</summary>
public sealed record UnitValueRow(Guid UnitId, string UnitCode, string UnitName, long Numerator, long? Denominator, decimal? Value);
