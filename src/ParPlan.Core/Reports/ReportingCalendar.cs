namespace ParPlan.Core.Reports;

/// <summary>
/// Turns a regime into the reports of one year, and answers which reports a unit owes on a day. Pure: the day is a
/// parameter, nothing reads a clock.
/// </summary>
public static class ReportingCalendar
{
    /// <summary>The regime's reports in report year <paramref name="year"/>, each with its window, its due date at every
    /// level and the templates for <paramref name="unitType"/>.</summary>
    public static IReadOnlyList<ReportPeriodInstance> Instances(ReportingRegime regime, int year, ReportUnitType unitType = ReportUnitType.Government)
    {
        ArgumentNullException.ThrowIfNull(regime);
        return regime.Periods.Select(p => Instance(regime, p, year, unitType)).ToList();
    }

    public static ReportPeriodInstance Instance(ReportingRegime regime, RegimePeriod period, int year, ReportUnitType unitType)
    {
        ArgumentNullException.ThrowIfNull(regime);
        ArgumentNullException.ThrowIfNull(period);
        var window = new DataWindow(period.WindowFrom.In(year), period.WindowTo.In(year), period.Cumulative);
        return new ReportPeriodInstance(regime.Code, regime.Name, period.Key, period.Period(year).Code, period.Label(year), window,
            Dues(period, year), regime.ReceivingBody, regime.Outline.For(unitType), regime.Annex.For(unitType));
    }

    /// <summary>
    /// The reports a sender at <paramref name="level"/> still owes on <paramref name="today"/>: those due within
    /// <paramref name="withinDays"/> days and those past due, minus the period codes in <paramref name="submitted"/>;
    /// overdue first, then by due date.
    /// </summary>
    public static IReadOnlyList<OwedReport> Owed(IEnumerable<ReportPeriodInstance> instances, ReportLevel level, DateOnly today, int withinDays,
        IReadOnlySet<string>? submitted = null)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentOutOfRangeException.ThrowIfNegative(withinDays);
        return instances
            .Where(i => submitted is null || !submitted.Contains(i.PeriodCode))
            .Select(i => (Instance: i, Due: i.DueOn(level)))
            .Select(x => new OwedReport(x.Instance, x.Due, x.Due.DayNumber - today.DayNumber, x.Due < today ? OwedState.Overdue : OwedState.DueSoon))
            .Where(o => o.DaysLeft <= withinDays)
            .OrderBy(o => o.DueOn)
            .ToList();
    }

    private static List<LevelDue> Dues(RegimePeriod period, int year)
    {
        var levels = Enum.GetValues<ReportLevel>();
        var result = new LevelDue[levels.Length];
        LevelDue? above = null;
        for (var i = levels.Length - 1; i >= 0; i--)
        {
            if (period.Dues.TryGetValue(levels[i], out var rule))
            {
                above = new LevelDue(levels[i], rule.LastDay(year), rule.Text(year), true);
                result[i] = above;
            }
            else
            {
                result[i] = above is null ? null! : above with { Level = levels[i], Stated = false };
            }
        }

        // Levels above the highest stated one take its date too (the regime says nothing about them).
        var lowestStated = result.FirstOrDefault(r => r is not null)
            ?? throw new ArgumentException($"Kỳ {period.Key} của chế độ báo cáo chưa có hạn gửi: cần ít nhất một hạn gửi.", nameof(period));
        var below = lowestStated;
        for (var i = 0; i < levels.Length; i++)
        {
            if (result[i] is null)
            {
                result[i] = below with { Level = levels[i], Stated = false };
            }
            else
            {
                below = result[i];
            }
        }

        return [.. result];
    }
}
