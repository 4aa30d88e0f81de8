namespace ParPlan.Core.Indicators;

/// <summary>A numerator and, for rates, a denominator.</summary>
public readonly record struct IndicatorFraction(long Numerator, long? Denominator);
