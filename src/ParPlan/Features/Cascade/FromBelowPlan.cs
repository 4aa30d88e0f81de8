namespace ParPlan.Features.Cascade;

/// <summary>An upper level's issued plan as a lower government sees it: the tasks that name it, its units or a class it
/// belongs to, and what it owes (its line of the compliance list), if anything.</summary>
public sealed record FromBelowPlan(PlanReachView Plan, IReadOnlyList<ReachTask> Tasks, ObligationRow? Obligation);
