namespace ParPlan.Features.ParIndex;

/// <summary>The body of <c>POST …/remediation/{code}/accept</c> (every field optional but the version: the proposal's
/// own values stand) and of <c>…/reject</c> (<see cref="Note"/> the reason).</summary>
public sealed record ParRemediationDecision(string? Title, string? Area, Guid? LeadUnitId, DateOnly? DueOn, Guid? PlanId, string? Note, long Version);
