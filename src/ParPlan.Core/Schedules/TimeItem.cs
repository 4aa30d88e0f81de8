namespace ParPlan.Core.Schedules;

/// <summary>The connector in front of a time expression.</summary>
internal enum TimeOp
{
    None,
    /// <summary>"trước": a date is inclusive; a month, quarter or year means the day before it starts.</summary>
    Before,
    /// <summary>"đến", "đến hết", "chậm nhất", "cuối": the end of the expression.</summary>
    Until,
    /// <summary>"trong", "vào": within the window.</summary>
    Within,
    /// <summary>"từ", "kể từ": the start of a range.</summary>
    From,
}

internal enum SpanUnit { Day, Month, Quarters, FirstHalf, SecondHalf, NineMonths, Year }

/// <summary>One time expression found in a cell ("Quý II, III/2026", "trước ngày 31/10", "6 tháng"), before its year is resolved.</summary>
internal sealed class TimeItem
{
    public required SpanUnit Unit { get; init; }
    public int Day { get; init; }
    public int Month { get; init; }
    public int QuarterFrom { get; init; }
    public int QuarterTo { get; init; }
    public int? Year { get; set; }
    public TimeOp Op { get; set; }
    public bool Complete { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public int Segment { get; set; }
    public string Label { get; set; } = "";
    public TimeItem? RangeEnd { get; set; }

    public bool IsPoint => Unit == SpanUnit.Day && RangeEnd is null;

    /// <summary>The window covered by the item, or null for an impossible date (31/02).</summary>
    public (DateOnly From, DateOnly To)? Window(int fallbackYear)
    {
        var own = OwnWindow(Year ?? RangeEnd?.Year ?? fallbackYear);
        if (RangeEnd is null || own is null)
        {
            return own;
        }

        var end = RangeEnd.OwnWindow(RangeEnd.Year ?? Year ?? fallbackYear);
        return end is null ? null : (own.Value.From, end.Value.To);
    }

    /// <summary>The deadline the item sets on its own, following its connector.</summary>
    public DateOnly? Due(int fallbackYear)
    {
        if (Window(fallbackYear) is not { } w)
        {
            return null;
        }

        return Op == TimeOp.Before && !IsPoint ? w.From.AddDays(-1) : w.To;
    }

    private (DateOnly From, DateOnly To)? OwnWindow(int year)
    {
        if (year is < 1 or > 9999)
        {
            return null;
        }

        switch (Unit)
        {
            case SpanUnit.Day:
                if (Month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(year, Month))
                {
                    return null;
                }

                var d = new DateOnly(year, Month, Day);
                return (d, d);
            case SpanUnit.Month:
                return Month is < 1 or > 12 ? null : (new DateOnly(year, Month, 1), MonthEnd(year, Month));
            case SpanUnit.Quarters:
                return (new DateOnly(year, (QuarterFrom * 3) - 2, 1), MonthEnd(year, QuarterTo * 3));
            case SpanUnit.FirstHalf:
                return (new DateOnly(year, 1, 1), MonthEnd(year, 6));
            case SpanUnit.SecondHalf:
                return (new DateOnly(year, 7, 1), MonthEnd(year, 12));
            case SpanUnit.NineMonths:
                return (new DateOnly(year, 1, 1), MonthEnd(year, 9));
            default:
                return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
    }

    private static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
