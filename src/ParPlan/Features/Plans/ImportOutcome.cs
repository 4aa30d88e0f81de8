namespace ParPlan.Features.Plans;

/// <summary>A plan imported in one step (API): its id, task count, the contract's warning strings and the same in Vietnamese.</summary>
public sealed record ImportOutcome(Guid PlanId, int TaskCount, IReadOnlyList<string> Warnings, IReadOnlyList<string> Messages);
