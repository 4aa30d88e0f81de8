namespace ParPlan.Features.Cascade;

/// <summary>What the wizard (or <c>POST /api/plans/{id}/children</c>) asks for: the government, how many days earlier
/// than the parent's its deadlines fall, and the units it mapped itself (parent unit → own unit).</summary>
public sealed record ChildPlanDraft(Guid GovernmentId, int ShiftDays = 0, IReadOnlyDictionary<Guid, Guid>? Units = null);
