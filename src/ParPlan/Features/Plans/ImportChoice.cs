namespace ParPlan.Features.Plans;

/// <summary>A reviewer's answer for one name: a unit or group id, or "not one of ours".</summary>
public sealed record ImportChoice(Guid? TargetId, bool Ignore);
