using System.Text.RegularExpressions;

namespace ParPlan.Core.Schedules;

/// <summary>
/// Recurring cells: "Hàng năm", "Hoàn thành trước 25/11 hàng năm", "ngày 25 hàng tháng", "hàng quý", "Định kỳ hoặc đột
/// xuất". The rule keeps the cell text without a leading "Hoàn thành"/"Thực hiện"; occurrences inside the plan period are
/// listed when the cadence and the day are known (yearly ones labelled by year).
/// </summary>
internal static partial class RecurringRule
{
    public static Schedule? TryBuild(string text, string key, List<TimeItem> items, ScheduleContext context)
    {
        var cadence = Cadence().Match(key);
        if (!cadence.Success && !AdHoc().IsMatch(key))
        {
            return null;
        }

        var rule = LeadingVerb().Replace(text, "").Trim();
        var period = context.EffectivePeriod;
        List<ScheduleOccurrence>? occurrences = cadence.Groups["unit"].Value switch
        {
            "nam" => Yearly(items, period),
            "quy" => Quarterly(period),
            "thang" => Monthly(key, period),
            _ => null,
        };

        return new Schedule
        {
            Text = text,
            Kind = ScheduleKind.Recurring,
            Rule = rule.Length == 0 ? text : rule,
            Occurrences = occurrences is { Count: > 0 } ? occurrences : null,
        };
    }

    /// <summary>Each stated day, month or quarter in every year of the period; labelled by year (with the anchor when several).</summary>
    private static List<ScheduleOccurrence>? Yearly(List<TimeItem> items, Plans.DatePeriod period)
    {
        var anchors = items.Where(i => i.Unit is SpanUnit.Day or SpanUnit.Month or SpanUnit.Quarters && i.RangeEnd is null).ToList();
        if (anchors.Count == 0)
        {
            return null;
        }

        var list = new List<(DateOnly Due, string Label)>();
        for (var year = period.From.Year; year <= period.To.Year; year++)
        {
            var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var anchor in anchors)
            {
                var copy = new TimeItem
                {
                    Unit = anchor.Unit, Day = anchor.Day, Month = anchor.Month, QuarterFrom = anchor.QuarterFrom,
                    QuarterTo = anchor.QuarterTo, Year = year, Op = anchor.Op,
                };
                if (copy.Due(year) is { } due && due >= period.From && due <= period.To)
                {
                    list.Add((due, anchors.Count == 1 ? yearText : $"{anchor.Label} {yearText}"));
                }
            }
        }

        return list.OrderBy(o => o.Due).Select(o => new ScheduleOccurrence { Label = o.Label, Due = o.Due }).ToList();
    }

    private static List<ScheduleOccurrence> Quarterly(Plans.DatePeriod period)
    {
        var list = new List<ScheduleOccurrence>();
        for (var month = new DateOnly(period.From.Year, 1, 1); month <= period.To; month = month.AddMonths(3))
        {
            var end = month.AddMonths(3).AddDays(-1);
            if (end >= period.From && end <= period.To)
            {
                var roman = ((month.Month - 1) / 3) switch { 0 => "I", 1 => "II", 2 => "III", _ => "IV" };
                list.Add(new ScheduleOccurrence { Label = $"Quý {roman}/{end.Year}", Due = end });
            }
        }

        return list;
    }

    private static List<ScheduleOccurrence> Monthly(string key, Plans.DatePeriod period)
    {
        var dayMatch = DayOfMonth().Match(key);
        var day = dayMatch.Success ? int.Parse(dayMatch.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture) : 31;
        var list = new List<ScheduleOccurrence>();
        for (var month = new DateOnly(period.From.Year, period.From.Month, 1); month <= period.To; month = month.AddMonths(1))
        {
            var due = new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
            if (due >= period.From && due <= period.To)
            {
                list.Add(new ScheduleOccurrence { Label = $"{due.Month:00}/{due.Year}", Due = due });
            }
        }

        return list;
    }

    [GeneratedRegex(@"\b(hang|moi|dinh ky hang|dinh ky)\s+(?<unit>nam|quy|thang|tuan)\b")]
    private static partial Regex Cadence();

    [GeneratedRegex(@"\b(dinh ky|dot xuat|dinh ki)\b")]
    private static partial Regex AdHoc();

    [GeneratedRegex(@"^[-+•\s]*(hoàn thành|thực hiện)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingVerb();

    [GeneratedRegex(@"\bngay\s+(?<day>\d{1,2})\s+(hang|moi)\s+thang\b")]
    private static partial Regex DayOfMonth();
}
