using System.Globalization;
using ParPlan.Core.Calendar;
using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tasks;

/// <summary>
/// Turns a contract <see cref="Schedule"/> into the dated occurrences a given unit must deliver (DOMAIN §5, §7.1).
/// Pure: no clock; "today" only matters to <see cref="DueStatus"/>.
/// </summary>
public static class DueDateCalculator
{
    public static IReadOnlyList<TaskOccurrence> Occurrences(Schedule schedule, DueDateContext context)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(context);
        if (context.SetDue is { } set && schedule.Kind is ScheduleKind.Reference or ScheduleKind.None or ScheduleKind.Conditional)
            return [TaskOccurrence.On(set, "Hạn do cơ quan thường trực ấn định")];
        return schedule.Kind switch
        {
            ScheduleKind.Date => Single(schedule.Due, schedule.Text),
            ScheduleKind.Period => Single(schedule.Due ?? schedule.To, schedule.Text),
            ScheduleKind.PerLevel => PerLevel(schedule, context.UnitLevel),
            ScheduleKind.Ongoing => PeriodEnds(schedule.From ?? context.PlanPeriod.From, schedule.To ?? context.PlanPeriod.To, context),
            ScheduleKind.Recurring => Recurring(schedule, context),
            ScheduleKind.Multi => Multi(schedule, context),
            ScheduleKind.Conditional => Conditional(schedule.Condition ?? schedule.Text, context),
            ScheduleKind.Reference => [TaskOccurrence.Unset(schedule.Reference ?? schedule.Text)],
            _ => [TaskOccurrence.Unset("Chưa có thời hạn")],
        };
    }

    private static IReadOnlyList<TaskOccurrence> Single(DateOnly? due, string label) =>
        due is { } d ? [TaskOccurrence.On(d, label)] : [TaskOccurrence.Unset(label)];

    private static IReadOnlyList<TaskOccurrence> PerLevel(Schedule schedule, GovernmentLevel level)
    {
        var entries = schedule.PerLevel ?? [];
        var match = entries.FirstOrDefault(e => e.Level == level && e.Due is not null)
            // An agency (phòng, sở) works to the deadline of the government it belongs to; without one, the latest stated.
            ?? entries.Where(e => e.Due is not null).OrderByDescending(e => e.Due).FirstOrDefault();
        return match?.Due is { } due ? [TaskOccurrence.On(due, match.Label)] : [TaskOccurrence.Unset(schedule.Text)];
    }

    private static IReadOnlyList<TaskOccurrence> Conditional(string condition, DueDateContext context)
    {
        if (context.Trigger is not { } trigger) return [TaskOccurrence.Dormant(condition)];
        // The standing officer's date wins; then a span stated by the record or the text ("trong vòng 30 ngày sau khi …").
        var due = trigger.DueSet
            ?? (trigger.SpanDays is { } span ? trigger.OccurredOn.AddDays(span) : (DateOnly?)null)
            ?? TriggerSpan.Apply(condition, trigger.OccurredOn, context.Calendar)
            ?? trigger.OccurredOn.AddDays(context.DefaultTriggerSpanDays);
        return [TaskOccurrence.On(due, $"Sau sự kiện ngày {trigger.OccurredOn:dd/MM/yyyy}: {condition}")];
    }

    private static IReadOnlyList<TaskOccurrence> Recurring(Schedule schedule, DueDateContext context)
    {
        var dated = (schedule.Occurrences ?? [])
            .Where(o => o.Due is { } d && d >= context.PlanPeriod.From && d <= context.PlanPeriod.To.AddMonths(1))
            .Select(o => TaskOccurrence.On(o.Due!.Value, string.IsNullOrWhiteSpace(o.Label) ? schedule.Rule ?? schedule.Text : o.Label))
            .DistinctBy(o => o.Key)
            .OrderBy(o => o.Due)
            .ToList();
        // "Định kỳ hoặc đột xuất": the cadence comes from the reporting regime.
        return dated.Count > 0 ? dated : PeriodEnds(context.PlanPeriod.From, context.PlanPeriod.To, context);
    }

    private static IReadOnlyList<TaskOccurrence> Multi(Schedule schedule, DueDateContext context)
    {
        var list = new List<TaskOccurrence>();
        var index = 0;
        foreach (var o in schedule.Occurrences ?? [])
        {
            index++;
            var label = string.IsNullOrWhiteSpace(o.Label) ? o.Text ?? schedule.Text : o.Label;
            if (o.Due is { } due) list.Add(TaskOccurrence.On(due, label));
            else if (o.Kind == ScheduleKind.Conditional || o.Condition is not null)
                list.AddRange(Conditional(o.Condition ?? label, context).Select(t => t with { Key = $"{t.Key}-{index}" }));
            else list.Add(TaskOccurrence.Unset(label) with { Key = $"unset-{index}" });
        }
        if (list.Count == 0) return Single(schedule.Due ?? schedule.To, schedule.Text);
        return [.. list.DistinctBy(o => o.Key).OrderBy(o => o.Due ?? DateOnly.MaxValue)];
    }

    /// <summary>One occurrence per reporting-period end inside [from, to]; several regimes ending the same day make one note.</summary>
    private static IReadOnlyList<TaskOccurrence> PeriodEnds(DateOnly from, DateOnly to, DueDateContext context)
    {
        var cadences = context.Cadences is { Count: > 0 } c ? c : DueDateContext.AllCadences;
        var result = new SortedDictionary<DateOnly, TaskOccurrence>();
        for (var year = from.Year; year <= to.Year; year++)
        {
            // Longer periods first so a day shared by several regimes is labelled by the broadest report.
            foreach (var period in PeriodsOf(year, cadences).OrderByDescending(p => p.LastMonth - p.FirstMonth))
            {
                if (period.To < from || period.To > to || result.ContainsKey(period.To)) continue;
                result[period.To] = TaskOccurrence.On(period.To, period.Label, period.Code);
            }
        }
        return result.Count > 0 ? [.. result.Values] : Single(to, "Cuối kỳ");
    }

    private static IEnumerable<ReportingPeriod> PeriodsOf(int year, IReadOnlyList<ReportingCadence> cadences)
    {
        foreach (var cadence in cadences.Distinct())
        {
            switch (cadence)
            {
                case ReportingCadence.Quarterly:
                    for (var q = 1; q <= 4; q++) yield return ReportingPeriod.Quarter(year, q);
                    break;
                case ReportingCadence.SixMonth: yield return ReportingPeriod.Half(year, 1); break;
                case ReportingCadence.NineMonth: yield return ReportingPeriod.NineMonths(year); break;
                case ReportingCadence.Annual: yield return ReportingPeriod.ForYear(year); break;
            }
        }
    }

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
