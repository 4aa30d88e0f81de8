namespace ParPlan.Features.Plans;

/// <summary>The import answer: the contract's <c>warnings</c> (machine strings) plus, added, the same in Vietnamese (<c>messages</c>).</summary>
public sealed record ImportResponse(Guid PlanId, int TaskCount, IReadOnlyList<string> Warnings, IReadOnlyList<string> Messages);
