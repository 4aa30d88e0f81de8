namespace ParPlan.Core.Cascade;

/// <summary>The standing officer's word that a parent task does not apply to a lower government, and why.</summary>
public sealed record CoverageWaiver(Guid GovernmentId, Guid ParentTaskId, string Reason);
