namespace ParPlan.Core.Reports;

/// <summary>
/// When a report is due at one level: "chậm nhất ngày 20/3" (<see cref="Before"/> false: the date itself is the last day)
/// or "trước ngày 12/3" (<see cref="Before"/> true: the last day is the day before).
/// </summary>
public sealed record DueRule(YearDay Date, bool Before = false)
{
    public static DueRule NoLaterThan(int day, int month) => new(new YearDay(day, month));

    public static DueRule BeforeDay(int day, int month) => new(new YearDay(day, month), Before: true);

    /// <summary>The last day the report may be sent, in report year <paramref name="year"/>.</summary>
    public DateOnly LastDay(int year) => Before ? Date.In(year).AddDays(-1) : Date.In(year);

    /// <summary>The rule as the regulation words it: "chậm nhất ngày 20/03/2026", "trước ngày 12/03/2026".</summary>
    public string Text(int year) => (Before ? "trước ngày " : "chậm nhất ngày ") + ReportText.Date(Date.In(year));
}
