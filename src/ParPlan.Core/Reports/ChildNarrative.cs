namespace ParPlan.Core.Reports;

/// <summary>A child report's section texts as submitted (section code → text), for quoting in its parent's report.</summary>
public sealed record ChildNarrative(string UnitId, string UnitName, IReadOnlyDictionary<string, string> Sections);
