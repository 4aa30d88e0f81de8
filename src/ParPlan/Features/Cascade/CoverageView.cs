using ParPlan.Core.Cascade;

namespace ParPlan.Features.Cascade;

/// <summary>The coverage matrix of a parent plan with the names to show it.</summary>
public sealed record CoverageView(PlanReachView Plan, CoverageMatrix Matrix, IReadOnlyDictionary<Guid, Guid> ChildPlanOf);
