namespace ParPlan.Core.Cascade;

/// <summary>One cell of the coverage matrix; <see cref="Reason"/> is set when not applicable (the officer's reason, or
/// <see cref="CoverageMatrix.NotAssigned"/>), <see cref="Done"/> when the covering child task is done.</summary>
public sealed record CoverageCell(CoverageState State, string? Reason, bool Done);
