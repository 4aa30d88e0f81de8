namespace ParPlan.Features.Indicators;

/// <summary>A catalogue indicator a target may be linked to.</summary>
public sealed record IndicatorChoice(string Code, string Name, string Unit);
