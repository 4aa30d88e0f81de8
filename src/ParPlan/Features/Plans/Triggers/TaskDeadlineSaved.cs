namespace ParPlan.Features.Plans.Triggers;

public sealed record TaskDeadlineSaved(Guid TaskId, Guid EventId, long Version, DateOnly? DueDate, IReadOnlyList<TaskDeadlineSaved>? AlsoTasks = null);
