namespace ParPlan.Core.Indicators;

/// <summary>An estimated group score of the Decision 766 index.</summary>
public sealed record Decision766GroupScore(Decision766Group Group, string Name, decimal MaxPoints, decimal? Points, IReadOnlyList<string> Indicators);
