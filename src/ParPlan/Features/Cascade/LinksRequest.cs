namespace ParPlan.Features.Cascade;

/// <summary><c>POST /api/plans/{id}/links</c>: the confirmed links.</summary>
public sealed record LinksRequest(IReadOnlyList<TaskLink>? Links);
