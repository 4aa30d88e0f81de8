namespace ParPlan.Core.Plans.Matching;

/// <summary>A remembered answer for a folded name: a candidate id, or "not ours" (<see cref="Ignore"/>).</summary>
public sealed record RememberedMapping(Guid? TargetId, bool Ignore);
