namespace ParPlan.Features.Plans.Triggers;

/// <summary>Another task recorded with the same event; <c>version</c> of its recorded event when it has one.</summary>
public sealed record AlsoTask(Guid TaskId, long? Version);
