namespace ParPlan.Core.ParIndex;

/// <summary>A point band of a ratio rule: a measured value of at least <see cref="Min"/> (in %) earns <see cref="Points"/>.</summary>
public sealed record RatioBand(decimal Min, decimal Points);
