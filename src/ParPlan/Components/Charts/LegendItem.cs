namespace ParPlan.Components.Charts;

/// <summary>One entry of a chart legend: its label, its colour and, optionally, its count.</summary>
public sealed record LegendItem(string Label, string Colour, int? Count = null);
