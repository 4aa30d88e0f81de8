namespace ParPlan.Core.Reports;

/// <summary>A day and month of a report year, possibly in the year before (<see cref="YearOffset"/> = -1 for "15/12 of
/// the previous year").</summary>
public readonly record struct YearDay(int Day, int Month, int YearOffset = 0)
{
    /// <summary>The date in report year <paramref name="year"/>; a day past the month's end is the month's last day.</summary>
    public DateOnly In(int year)
    {
        var y = year + YearOffset;
        return new DateOnly(y, Month, Math.Min(Day, DateTime.DaysInMonth(y, Month)));
    }
}
