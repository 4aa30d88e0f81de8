using System.Collections.Concurrent;

namespace ParPlan.Core.Calendar;

/// <summary>
/// Which days are working days ("ngày làm việc"): Monday to Friday except the public holidays of
/// <see cref="PublicHolidays"/> and their compensatory days, adjusted by the year's official schedule: extra days off
/// (<c>daysOff</c>) and days worked although they would be off (<c>workingDays</c>, e.g. a Saturday swapped to lengthen Tết).
/// A working day listed also as a day off is a day off. Thread-safe; holidays are computed once per year.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly bool _holidays;
    private readonly HashSet<DateOnly> _daysOff;
    private readonly HashSet<DateOnly> _workingDays;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _byYear = new();

    public WorkingCalendar(IEnumerable<DateOnly>? daysOff = null, IEnumerable<DateOnly>? workingDays = null)
        : this(holidays: true, daysOff, workingDays)
    {
    }

    private WorkingCalendar(bool holidays, IEnumerable<DateOnly>? daysOff, IEnumerable<DateOnly>? workingDays)
    {
        _holidays = holidays;
        _daysOff = [.. daysOff ?? []];
        _workingDays = [.. workingDays ?? []];
    }

    /// <summary>Saturdays and Sundays only, no holidays: the behaviour where no calendar is given.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new(holidays: false, null, null);

    /// <summary>The default Vietnamese public holidays, without a year's official schedule.</summary>
    public static WorkingCalendar Vietnam { get; } = new();

    public IReadOnlySet<DateOnly> DaysOff => _daysOff;

    public IReadOnlySet<DateOnly> WorkingDays => _workingDays;

    public bool IsWorkingDay(DateOnly date)
    {
        if (_daysOff.Contains(date)) return false;
        if (_workingDays.Contains(date)) return true;
        return !PublicHolidays.IsWeekend(date) && !(_holidays && HolidaysOf(date.Year).Contains(date));
    }

    /// <summary>The n-th working day after <paramref name="from"/> (n ≥ 1; the day after <paramref name="from"/> is the first
    /// one counted).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var d = from;
        while (n > 0)
        {
            d = d.AddDays(1);
            if (IsWorkingDay(d)) n--;
        }

        return d;
    }

    private HashSet<DateOnly> HolidaysOf(int year) =>
        _byYear.GetOrAdd(year, y => y is < 1801 or > 2199 ? [] : [.. PublicHolidays.For(y).Select(h => h.Date)]);
}
