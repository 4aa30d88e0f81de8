namespace ParPlan.Features.Plans.Triggers;

/// <summary><c>POST /api/plans/{id}/tasks/{taskId}/deadline</c> body: the event date (conditional tasks), the deadline
/// (required for reference tasks, optional for conditional ones) and a note; <c>version</c> of the recorded event when
/// correcting it; <c>alsoTasks</c>: other event-waiting tasks of the plan that waited for the same event, recorded with the
/// same date and note in the same transaction.</summary>
public sealed record TaskDeadlineInput(DateOnly? OccurredOn, DateOnly? DueDate, string? Note, long? Version, IReadOnlyList<AlsoTask>? AlsoTasks = null);
