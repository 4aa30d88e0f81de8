namespace ParPlan.Core.Indicators;

/// <summary>Rate (percentage of a denominator) or count (no denominator).</summary>
public enum IndicatorKind { Rate, Count }
