namespace ParPlan.Core.Schedules;

/// <summary>The terms of the deadline grammar: quarter, month, half-year, year and date, with their year suffixes.</summary>
internal sealed partial class ScheduleGrammar
{
    private List<TimeItem>? Quarter(bool firstInSegment)
    {
        if (!(Word("quy") || Word("qui")) || Numeral(p + 1) is not { } q)
        {
            return null;
        }

        var start = p;
        p += 2;
        var quarters = new List<int> { q };
        while (p + 1 < tokens.Count && IsListSeparator(tokens[p]) && Numeral(p + 1) is { } next && !Word("thang", 2))
        {
            quarters.Add(next);
            p += 2;
        }

        // "Quý 1/2026": the arabic numeral and the year were read as one month/year token.
        var year = tokens[p - 1].Kind == TokenKind.MonthYear ? tokens[p - 1].Year : YearSuffix(firstInSegment);
        var contiguous = quarters.Zip(quarters.Skip(1)).All(pair => pair.Second == pair.First + 1);
        if (contiguous)
        {
            return [new TimeItem { Unit = SpanUnit.Quarters, QuarterFrom = quarters[0], QuarterTo = quarters[^1], Year = year, Start = tokens[start].Start, End = tokens[p - 1].End }];
        }

        var head = Raw(start, start);
        return quarters.Select(n => new TimeItem
        {
            Unit = SpanUnit.Quarters, QuarterFrom = n, QuarterTo = n, Year = year, Label = $"{head} {Roman(n)}",
            Start = tokens[start].Start, End = tokens[p - 1].End,
        }).ToList();
    }

    /// <summary>"Tháng 3, 6, 9 và 12/2026": months listed after one "tháng", the year (stated once, at the end) for all.</summary>
    private List<TimeItem>? MonthList(bool firstInSegment)
    {
        if (!Word("thang") || p + 3 >= tokens.Count || tokens[p + 1].Number is not (>= 1 and <= 12) || !IsMonthListSeparator(tokens[p + 2])
            || ListedMonth(tokens[p + 3]) is null)
        {
            return null;
        }

        var start = p;
        var months = new List<int> { tokens[p + 1].Number };
        p += 2;
        int? year = null;
        while (p + 1 < tokens.Count && IsMonthListSeparator(tokens[p]) && ListedMonth(tokens[p + 1]) is { } next)
        {
            months.Add(next);
            p += 2;
            if (tokens[p - 1].Kind == TokenKind.MonthYear)
            {
                year = tokens[p - 1].Year;
                break;
            }
        }

        year ??= YearSuffix(firstInSegment);
        var head = Raw(start, start);
        return months.Select(m => new TimeItem
        {
            Unit = SpanUnit.Month, Month = m, Year = year, Label = $"{head} {m}", Start = tokens[start].Start, End = tokens[p - 1].End,
        }).ToList();
    }

    private static bool IsMonthListSeparator(Token t) => t.Is(",") || t.Is("va");

    private static int? ListedMonth(Token t) =>
        t.Kind == TokenKind.MonthYear ? (t.Month is >= 1 and <= 12 ? t.Month : null) : t.Number is >= 1 and <= 12 ? t.Number : null;

    private TimeItem? Month(bool firstInSegment)
    {
        if (!Word("thang") || p + 1 >= tokens.Count)
        {
            return null;
        }

        var t = tokens[p + 1];
        if (t.Kind == TokenKind.Date && t.Key.Contains('-', StringComparison.Ordinal) && t.Day is >= 1 and <= 12 && t.Month >= t.Day)
        {
            // "Tháng 01-02/2026": a month range, not the date 01/02/2026.
            p += 2;
            return new TimeItem { Unit = SpanUnit.Month, Month = t.Day, Year = t.Year, RangeEnd = new TimeItem { Unit = SpanUnit.Month, Month = t.Month, Year = t.Year } };
        }

        if (t.Kind == TokenKind.MonthYear)
        {
            p += 2;
            return new TimeItem { Unit = SpanUnit.Month, Month = t.Month, Year = t.Year };
        }

        if (t.Number is >= 1 and <= 12)
        {
            p += 2;
            return new TimeItem { Unit = SpanUnit.Month, Month = t.Number, Year = YearSuffix(firstInSegment) };
        }

        return null;
    }

    private TimeItem? Half()
    {
        if (p + 1 >= tokens.Count || tokens[p].Number is not (6 or 9) || !Word("thang", 1))
        {
            return null;
        }

        var months = tokens[p].Number;
        p += 2;
        var unit = months == 9 ? SpanUnit.NineMonths : SpanUnit.FirstHalf;
        if (Word("dau")) { p++; }
        else if (Word("cuoi") && months == 6) { unit = SpanUnit.SecondHalf; p++; }

        int? year = null;
        if (Word("nam"))
        {
            p++;
            year = TakeYear();
        }
        else if (p + 1 < tokens.Count && tokens[p].Is("/") && tokens[p + 1].IsYearNumber)
        {
            year = tokens[p + 1].Number;
            p += 2;
        }

        return new TimeItem { Unit = unit, Year = year };
    }

    private TimeItem? YearItem()
    {
        if (Word("giai") && Word("doan", 1) && p + 2 < tokens.Count && tokens[p + 2].IsYearNumber)
        {
            // "Giai đoạn 2025-2026": the range end is read by the caller.
            p += 3;
            return new TimeItem { Unit = SpanUnit.Year, Year = tokens[p - 1].Number };
        }

        var hasCa = Word("ca") && Word("nam", 1);
        var at = hasCa ? p + 1 : p;
        if (at >= tokens.Count || !tokens[at].Is("nam"))
        {
            return null;
        }

        var withinYear = hasCa || (p > 0 && (tokens[p - 1].Is("trong") || tokens[p - 1].Is("cuoi")));
        if (at + 1 < tokens.Count && tokens[at + 1].IsYearNumber)
        {
            p = at + 2;
            return new TimeItem { Unit = SpanUnit.Year, Year = tokens[at + 1].Number };
        }

        if (!withinYear)
        {
            return null;
        }

        p = at + 1;
        return new TimeItem { Unit = SpanUnit.Year };
    }

    private TimeItem? Date(bool firstInSegment)
    {
        var hasNgay = Word("ngay");
        var at = hasNgay ? p + 1 : p;
        if (at >= tokens.Count)
        {
            return null;
        }

        var t = tokens[at];
        switch (t.Kind)
        {
            case TokenKind.Date:
                p = at + 1;
                return new TimeItem { Unit = SpanUnit.Day, Day = t.Day, Month = t.Month, Year = t.Year };
            case TokenKind.DayMonth:
                p = at + 1;
                return new TimeItem { Unit = SpanUnit.Day, Day = t.Day, Month = t.Month, Year = YearSuffix(firstInSegment) };
            case TokenKind.Number when hasNgay && t.Number is >= 1 and <= 31 && Word("thang", at + 1 - p) && at + 2 < tokens.Count:
                var month = tokens[at + 2].Number;
                if (month is < 1 or > 12)
                {
                    return null;
                }

                p = at + 3;
                return new TimeItem { Unit = SpanUnit.Day, Day = t.Number, Month = month, Year = YearSuffix(firstInSegment) };
            default:
                return null;
        }
    }

    private int? YearSuffix(bool allowComma)
    {
        if (p + 1 < tokens.Count && (tokens[p].Is("/") || tokens[p].Is("nam")) && tokens[p + 1].IsYearNumber)
        {
            p += 2;
            return tokens[p - 1].Number;
        }

        if (allowComma && p + 2 < tokens.Count && tokens[p].Is(",") && tokens[p + 1].Is("nam") && tokens[p + 2].IsYearNumber)
        {
            p += 3;
            return tokens[p - 1].Number;
        }

        return null;
    }

    private int? TakeYear()
    {
        if (p < tokens.Count && tokens[p].IsYearNumber)
        {
            p++;
            return tokens[p - 1].Number;
        }

        return null;
    }

    private int? Numeral(int at)
    {
        if (at >= tokens.Count)
        {
            return null;
        }

        var t = tokens[at];
        if (t.Kind == TokenKind.MonthYear)
        {
            return t.Month is >= 1 and <= 4 ? t.Month : null;
        }

        return t.Key switch
        {
            "i" or "1" => 1,
            "ii" or "2" => 2,
            "iii" or "3" => 3,
            "iv" or "4" => 4,
            _ => null,
        };
    }
}
