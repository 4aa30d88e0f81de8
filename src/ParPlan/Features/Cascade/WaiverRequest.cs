namespace ParPlan.Features.Cascade;

/// <summary>Body of <c>POST /api/plans/{id}/waivers</c>: the parent task that does not apply to the lower government, and why.</summary>
public sealed record WaiverRequest(Guid? ParentTaskId, Guid? GovernmentId, string? Reason);
