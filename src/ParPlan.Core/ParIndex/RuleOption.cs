namespace ParPlan.Core.ParIndex;

/// <summary>One option of a choice rule ("Ban hành đúng thời hạn" = 1 point).</summary>
public sealed record RuleOption(string Label, decimal Points);
