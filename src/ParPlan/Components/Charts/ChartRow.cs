namespace ParPlan.Components.Charts;

/// <summary>One bar of a stacked chart: a label and its segments in order.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<int> Values, string? Href = null);
