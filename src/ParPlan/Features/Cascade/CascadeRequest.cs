namespace ParPlan.Features.Cascade;

/// <summary><c>POST /api/plans/{id}/cascade</c>: the lower governments that owe their plan, and by when.</summary>
public sealed record CascadeRequest(IReadOnlyList<Guid>? GovernmentIds, DateOnly? DueOn);
