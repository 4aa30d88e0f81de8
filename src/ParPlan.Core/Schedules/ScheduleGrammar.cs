namespace ParPlan.Core.Schedules;

/// <summary>
/// A recursive-descent grammar over the tokens of a deadline cell. It finds every time expression:
/// <code>
/// item      := ops (quarter | month | half | year | date) [range]
/// ops       := { "hoàn thành" | "trước" | "trong" | "vào" | "đến" ["hết"] | "tới" | "chậm nhất" | "cuối" | "từ" | "kể từ" }
/// quarter   := "quý" numeral { ("," | "và" | "-" | "&amp;" | "đến") numeral } [yearSuffix]     numeral := I..IV | 1..4
/// month     := "tháng" (m/yyyy | m [yearSuffix])
/// half      := ("6" | "9") "tháng" ["đầu" | "cuối"] ["năm"] [yyyy | "/" yyyy]
/// year      := ["cả"] "năm" yyyy | "cả năm" | "trong năm"
/// date      := ["ngày"] (d/m/yyyy | d/m [yearSuffix] | "ngày" d "tháng" m ["năm" yyyy])
/// range     := ("đến" | "tới" | "-") item
/// yearSuffix:= "/" yyyy | "năm" yyyy | "," "năm" yyyy   (the comma form only for the first item of a segment)
/// </code>
/// Segments are separated by ";" and "."; a year missing from an item is taken from the next item of its segment
/// that states one, and otherwise left for the plan year.
/// </summary>
internal sealed class ScheduleGrammar(IReadOnlyList<Token> tokens)
{
    private int p;
    private int segment;

    public List<TimeItem> Scan()
    {
        var items = new List<TimeItem>();
        while (p < tokens.Count)
        {
            if (tokens[p].Is(";") || tokens[p].Is("."))
            {
                segment++;
                p++;
                continue;
            }

            var found = TryItem(firstInSegment: !items.Any(i => i.Segment == segment));
            if (found.Count == 0)
            {
                p++;
                continue;
            }

            foreach (var item in found)
            {
                item.Segment = segment;
                items.Add(item);
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            items[i].Year ??= items.Skip(i + 1).FirstOrDefault(n => n.Segment == items[i].Segment && n.Year is not null)?.Year;
        }

        return items;
    }

    private List<TimeItem> TryItem(bool firstInSegment)
    {
        var save = p;
        var (op, complete) = Ops();
        var start = p;
        var found = Quarter(firstInSegment) ?? Single(Month(firstInSegment) ?? Half() ?? YearItem() ?? Date(firstInSegment));
        if (found is null || found.Count == 0)
        {
            p = save;
            return [];
        }

        foreach (var item in found)
        {
            item.Op = op;
            item.Complete = complete;
        }

        if (found.Count == 1 && found[0].Label.Length == 0)
        {
            found[0].Start = tokens[start].Start;
            found[0].End = tokens[p - 1].End;
        }

        TryRange(found[^1], op);
        return found;
    }

    private static List<TimeItem>? Single(TimeItem? item) => item is null ? null : [item];

    private (TimeOp Op, bool Complete) Ops()
    {
        var op = TimeOp.None;
        var complete = false;
        while (p < tokens.Count)
        {
            if (Word("hoan") && Word("thanh", 1)) { complete = true; p += 2; }
            else if (Word("truoc")) { op = TimeOp.Before; p++; }
            else if (Word("trong") || Word("vao")) { op = TimeOp.Within; p++; }
            else if (Word("den") || Word("toi")) { op = TimeOp.Until; p += Word("het", 1) ? 2 : 1; }
            else if (Word("cham") && Word("nhat", 1)) { op = TimeOp.Until; p += 2; }
            else if (Word("cuoi") && !Word("quy", 1)) { op = TimeOp.Until; p++; }
            else if (Word("tu") || (Word("ke") && Word("tu", 1))) { op = TimeOp.From; p += Word("ke") ? 2 : 1; }
            else { break; }
        }

        return (op, complete);
    }

    private void TryRange(TimeItem first, TimeOp op)
    {
        var save = p;
        var dash = p < tokens.Count && tokens[p].Is("-");
        if (!(Word("den") || Word("toi") || (dash && (op == TimeOp.From || first.Unit == SpanUnit.Day))))
        {
            return;
        }

        p++;
        if (Word("het"))
        {
            p++;
        }

        var end = Quarter(false) ?? Single(Month(false) ?? Half() ?? YearItem() ?? Date(false));
        if (end is not { Count: 1 })
        {
            p = save;
            return;
        }

        first.RangeEnd = end[0];
        first.End = tokens[p - 1].End;
    }

    private List<TimeItem>? Quarter(bool firstInSegment)
    {
        if (!Word("quy") || Numeral(p + 1) is not { } q)
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

    private TimeItem? Month(bool firstInSegment)
    {
        if (!Word("thang") || p + 1 >= tokens.Count)
        {
            return null;
        }

        var t = tokens[p + 1];
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

    private static bool IsListSeparator(Token t) => t.Is(",") || t.Is("va") || t.Is("-") || t.Is("&") || t.Is("den");

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    private bool Word(string key, int offset = 0) => p + offset < tokens.Count && tokens[p + offset].Is(key);

    private string Raw(int fromToken, int toToken) => tokens[fromToken].Key.Length == 0 ? "" : RawText[tokens[fromToken].Start..tokens[toToken].End];

    /// <summary>The original text the tokens index, used for labels; set by the parser.</summary>
    public string RawText { get; init; } = "";
}
