namespace ParPlan.Features.Cascade;

/// <summary>An issued plan in force on the parent's dashboard: how its lower governments issued their plans and how far
/// they cover and carry out its tasks, per area.</summary>
public sealed record PlanCoverageSummary(Guid PlanId, string Title, string? Number, int Governments, int Owed, int IssuedOnTime, int IssuedLate,
    int Overdue, IReadOnlyList<AreaCoverage> Areas);
