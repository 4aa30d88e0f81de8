namespace ParPlan.Core.Indicators;

/// <summary>A suggested catalogue indicator for a target, with the score and the phrases that matched.</summary>
public sealed record IndicatorSuggestion(IndicatorDefinition Indicator, int Score, IReadOnlyList<string> Matched);
