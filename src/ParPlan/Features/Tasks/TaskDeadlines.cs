using System.Collections.Concurrent;
using System.Text.Json;
using ParPlan.Core.Calendar;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Core.Tasks;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>Bridges stored tasks and <see cref="DueDateCalculator"/>: parsed schedules are cached by their JSON text
/// (plans repeat the same few cells), the unit level maps to the contract level.</summary>
public sealed class TaskDeadlines
{
    private const int CacheLimit = 4096;

    private static readonly ConcurrentDictionary<string, Schedule> Cache = new(StringComparer.Ordinal);

    public static Schedule ScheduleOf(string json)
    {
        if (Cache.TryGetValue(json, out var cached))
        {
            return cached;
        }

        Schedule schedule;
        try
        {
            schedule = JsonSerializer.Deserialize<Schedule>(json, PlanJson.Options) ?? Schedule.Blank;
        }
        catch (JsonException)
        {
            schedule = Schedule.Blank;
        }

        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(json, schedule);
        }

        return schedule;
    }

    public static GovernmentLevel LevelOf(UnitLevel level) => level switch
    {
        UnitLevel.Province => GovernmentLevel.Province,
        UnitLevel.District => GovernmentLevel.District,
        UnitLevel.Commune => GovernmentLevel.Commune,
        UnitLevel.National => GovernmentLevel.National,
        _ => GovernmentLevel.Agency,
    };

    /// <summary>The task's occurrences; "ngày làm việc" spans are counted on <paramref name="calendar"/>, the app's
    /// configured <see cref="WorkingCalendar"/>.</summary>
    public static IReadOnlyList<TaskOccurrence> Occurrences(TaskTiming task, GovernmentLevel level, WorkingCalendar calendar) =>
        DueDateCalculator.Occurrences(ScheduleOf(task.ScheduleJson),
            new DueDateContext(level, new DatePeriod(task.PeriodFrom, task.PeriodTo), Trigger: task.Trigger, SetDue: task.SetDue,
                Calendar: calendar));

    public static bool IsClosed(PlanTaskStatus status) => status is PlanTaskStatus.Done or PlanTaskStatus.DoneLate;

    public static DueStatus Evaluate(TaskTiming task, GovernmentLevel level, DateOnly today, WorkingCalendar calendar) =>
        DueStatus.Evaluate(Occurrences(task, level, calendar), today, IsClosed(task.Status), task.ReportedPeriods);

    /// <summary>Ongoing, recurring and multi tasks are reported per occurrence; the others once.</summary>
    public static bool ReportsPerPeriod(string scheduleJson) =>
        ScheduleOf(scheduleJson).Kind is ScheduleKind.Ongoing or ScheduleKind.Recurring or ScheduleKind.Multi;

    public static TriggerRecord? TriggerOf(TriggerEvent? e) => e?.OccurredOn is { } on ? new TriggerRecord(on, e.DueDate) : null;
}
