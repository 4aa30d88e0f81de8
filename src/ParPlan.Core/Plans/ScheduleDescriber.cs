using System.Globalization;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Plans;

/// <summary>A short Vietnamese reading of an interpreted schedule, shown next to the original cell text so the
/// reviewer can check the parser: "hạn 30/09/2026", "thường xuyên cả năm", "chờ sự kiện: …".</summary>
public static class ScheduleDescriber
{
    public static string Describe(Schedule schedule, DatePeriod? planPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Kind switch
        {
            ScheduleKind.Date => schedule.Due is { } due ? "hạn " + Format(due) : "hạn chưa rõ",
            ScheduleKind.Period => DescribePeriod(schedule),
            ScheduleKind.Ongoing => DescribeOngoing(schedule, planPeriod),
            ScheduleKind.Recurring => DescribeRecurring(schedule),
            ScheduleKind.Multi => "nhiều mốc: " + Join(schedule.Occurrences?.Select(o => Occurrence(o.Label, o.Due))),
            ScheduleKind.PerLevel => "theo cấp: " + Join(schedule.PerLevel?.Select(l => Occurrence(LevelName(l), l.Due))),
            ScheduleKind.Conditional => "chờ sự kiện: " + (schedule.Condition ?? schedule.Text),
            ScheduleKind.Reference => "theo văn bản: " + (schedule.Reference ?? schedule.Text),
            _ => "không có thời hạn (ô trống)",
        };
    }

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string DescribePeriod(Schedule s)
    {
        var window = s.From is { } from && s.To is { } to ? $"từ {Format(from)} đến {Format(to)}" : "trong kỳ";
        var end = s.Due ?? s.To;
        return end is { } d ? $"{window}, hạn {Format(d)}" : window;
    }

    private static string DescribeOngoing(Schedule s, DatePeriod? planPeriod)
    {
        if (s.From is { } from && s.To is { } to)
        {
            var wholeYear = from.Month == 1 && from.Day == 1 && to.Month == 12 && to.Day == 31 && from.Year == to.Year;
            var isPlan = planPeriod is not null && planPeriod.From == from && planPeriod.To == to;
            return wholeYear ? $"thường xuyên cả năm {from.Year}"
                : isPlan ? "thường xuyên suốt kỳ kế hoạch"
                : $"thường xuyên từ {Format(from)} đến {Format(to)}";
        }

        return "thường xuyên cả năm";
    }

    private static string DescribeRecurring(Schedule s)
    {
        var rule = "định kỳ: " + (s.Rule ?? s.Text);
        var dates = s.Occurrences?.Where(o => o.Due is not null).Select(o => Format(o.Due!.Value)).ToList() ?? [];
        return dates.Count == 0 ? rule : $"{rule} ({string.Join(", ", dates.Take(6))}{(dates.Count > 6 ? ", …" : "")})";
    }

    private static string Occurrence(string label, DateOnly? due) =>
        due is { } d ? $"{label} {Format(d)}" : $"{label} (chưa có ngày)";

    private static string LevelName(LevelDeadline level) => level.Level switch
    {
        GovernmentLevel.National => "Trung ương",
        GovernmentLevel.Province => "UBND tỉnh",
        GovernmentLevel.District => "UBND huyện",
        GovernmentLevel.Commune => "UBND cấp xã",
        _ => string.IsNullOrWhiteSpace(level.Label) ? "cấp khác" : level.Label,
    };

    private static string Join(IEnumerable<string>? parts) => parts is null ? "" : string.Join("; ", parts);
}
