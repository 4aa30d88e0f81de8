namespace ParPlan.Core.ParIndex;

/// <summary>What finalisation adds up: each leaf's points by code (a missing code scores 0 and applies), the survey
/// points, and the bonus and penalty before their caps.</summary>
public sealed record IndexInput(IReadOnlyDictionary<string, LeafScore> Leaves, decimal SurveyPoints = 0, decimal Bonus = 0, decimal Penalty = 0);
