namespace ParPlan.Core.ParIndex;

/// <summary>One leaf's points in a computation (the appraised score, or the self-score it recognises) and whether it
/// applies to the unit.</summary>
public readonly record struct LeafScore(decimal Points, bool Applicable = true);
