using ParPlan.Core.Schedules;

namespace ParPlan.Features.Plans.Triggers;

public static class TaskWaits
{
    /// <summary>Null when the schedule dates the task by itself.</summary>
    public static TaskWait? Of(Schedule schedule) => schedule.Kind switch
    {
        ScheduleKind.Conditional => TaskWait.Event,
        ScheduleKind.Multi when (schedule.Occurrences ?? []).Any(o => o.Due is null && (o.Kind == ScheduleKind.Conditional || o.Condition is not null))
            => TaskWait.Event,
        ScheduleKind.Reference or ScheduleKind.None => TaskWait.Date,
        _ => null,
    };

    /// <summary>The condition or reference the task waits on, as written.</summary>
    public static string WaitText(Schedule schedule)
    {
        var text = schedule.Condition ?? schedule.Reference
            ?? (schedule.Occurrences ?? []).FirstOrDefault(o => o.Condition is not null)?.Condition ?? schedule.Text;
        return string.IsNullOrWhiteSpace(text) ? "(ô thời gian để trống)" : text;
    }

    public static string Text(this TaskWait wait) => wait == TaskWait.Event ? "event" : "date";
}
