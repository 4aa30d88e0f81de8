namespace ParPlan.Core.ParIndex;

/// <summary>A unit's place in its block: rank 1 is the best; equal indexes share a rank (1, 1, 3).</summary>
public sealed record RankedUnit<TKey>(TKey Key, decimal Index, int Rank);
