namespace ParPlan.Features.Cascade;

/// <summary><c>POST /api/plans/{id}/children</c>: the government, optional days earlier, optional unit choices
/// (parent unit id → own unit id).</summary>
public sealed record ChildPlanRequest(Guid? GovernmentId, int? ShiftDays, Dictionary<Guid, Guid>? Units);
