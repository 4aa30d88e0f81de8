namespace ParPlan.Features.Plans;

/// <summary>The contract spelling of a task status ("done-late") both ways, and its label from the one task-status vocabulary.</summary>
public static class PlanTaskStatusText
{
    public static string ToText(this PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.NotStarted => "not-started",
        PlanTaskStatus.InProgress => "in-progress",
        PlanTaskStatus.Done => "done",
        PlanTaskStatus.DoneLate => "done-late",
        PlanTaskStatus.Blocked => "blocked",
        _ => status.ToString(),
    };

    public static PlanTaskStatus? Parse(string? text) => text switch
    {
        "not-started" => PlanTaskStatus.NotStarted,
        "in-progress" => PlanTaskStatus.InProgress,
        "done" => PlanTaskStatus.Done,
        "done-late" => PlanTaskStatus.DoneLate,
        "blocked" => PlanTaskStatus.Blocked,
        _ => null,
    };

    /// <summary>The Vietnamese label, from the task status vocabulary's one home (<see cref="Tasks.StatusText"/>).</summary>
    public static string DisplayName(this PlanTaskStatus status) => Tasks.StatusText.Label(status);
}
