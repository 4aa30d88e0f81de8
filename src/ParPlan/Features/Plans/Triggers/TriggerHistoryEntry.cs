namespace ParPlan.Features.Plans.Triggers;

/// <summary>One recorded or corrected value of a task's trigger event: the event date, the date the standing agency set
/// (null: counted from the condition), the note, the deadline they gave the task (null for a multi task: per milestone),
/// who saved it and when (UTC).</summary>
public sealed record TriggerHistoryEntry(DateTimeOffset At, string UserName, string Action, DateOnly? OccurredOn, DateOnly? SetDueDate,
    string? Note, DateOnly? Deadline);
