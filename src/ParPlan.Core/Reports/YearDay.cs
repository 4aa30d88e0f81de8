using System.Globalization;

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

    /// <summary>True when the month is 1–12, the day exists in that month (29/02 allowed) and the offset is -1, 0 or 1.</summary>
    public bool IsValid => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(2028, Month) && YearOffset is >= -1 and <= 1;

    /// <summary>"15/12" as typed in a form (no year).</summary>
    public string DayMonth => Day.ToString("00", CultureInfo.InvariantCulture) + "/" + Month.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>"15/12 năm trước", "14/03", "20/01 năm sau".</summary>
    public string Text => DayMonth + YearOffset switch { -1 => " năm trước", 1 => " năm sau", _ => "" };

    /// <summary>Reads "15/12" or "5/3" (day/month); null for anything else or a day that does not exist.</summary>
    public static YearDay? Parse(string? text, int yearOffset = 0)
    {
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            return null;
        }

        var value = new YearDay(day, month, yearOffset);
        return value.IsValid ? value : null;
    }
}
