namespace ParPlan.Features.Cascade;

/// <summary><c>POST /api/plans/{id}/parent</c>: the issued upper plan the plan carries out.</summary>
public sealed record ParentLinkRequest(Guid? ParentPlanId);
