namespace ParPlan.Features.Plans.Triggers;

/// <summary>A task of the plan that has no deadline of its own: what it waits for and what has been recorded.</summary>
public sealed record WaitingTask(Guid TaskId, string Ref, string Title, string ScheduleText, string Wait, string WaitText, DateOnly? DueDate,
    Guid? EventId, DateOnly? OccurredOn, DateOnly? SetDueDate, string? Note, string? RecordedBy, DateTimeOffset? RecordedAt, long? Version)
{
    public bool Dormant => EventId is null;
}
