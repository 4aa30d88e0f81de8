namespace ParPlan.Core.Schedules;

/// <summary>
/// A recursive-descent grammar over the tokens of a deadline cell. It finds every time expression:
/// <code>
/// item      := ops (quarter | month | half | year | date) [range]
/// ops       := { "hoàn thành" | "trước" | "trong" | "vào" | "đến" ["hết"] | "tới" | "hết" | "chậm nhất" | "cuối" | "từ" | "kể từ" }
/// quarter   := "quý" numeral { ("," | "và" | "-" | "&amp;" | "đến") numeral } [yearSuffix]     numeral := I..IV | 1..4
/// month     := "tháng" (m/yyyy | m [yearSuffix])
/// half      := ("6" | "9") "tháng" ["đầu" | "cuối"] ["năm"] [yyyy | "/" yyyy]
/// year      := ["cả"] "năm" yyyy | "giai đoạn" yyyy | "cả năm" | "trong năm"
/// date      := ["ngày"] (d/m/yyyy | d/m [yearSuffix] | "ngày" d "tháng" m ["năm" yyyy])
/// range     := ("đến" ["hết"] | "tới" | "-") item     (a dash only after "từ" or between terms of one kind)
/// yearSuffix:= "/" yyyy | "năm" yyyy | "," "năm" yyyy   (the comma form only for the first item of a segment)
/// </code>
/// Segments are separated by ";" and "."; a year missing from an item is taken from the next item of its segment
/// that states one, and otherwise left for the plan year.
/// </summary>
internal sealed partial class ScheduleGrammar(IReadOnlyList<Token> tokens)
{
    private int p;
    private int segment;

    /// <summary>The original text the tokens index, used for labels.</summary>
    public string RawText { get; init; } = "";

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
        var found = Quarter(firstInSegment) ?? MonthList(firstInSegment) ?? Single(Month(firstInSegment) ?? Half() ?? YearItem() ?? Date(firstInSegment));
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
            else if (Word("het")) { op = TimeOp.Until; p++; }
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
        if (dash && first.Unit == SpanUnit.Year && p + 1 < tokens.Count && tokens[p + 1].IsYearNumber)
        {
            // "Năm 2025 - 2026".
            first.RangeEnd = new TimeItem { Unit = SpanUnit.Year, Year = tokens[p + 1].Number };
            p += 2;
            first.End = tokens[p - 1].End;
            return;
        }

        if (!(Word("den") || Word("toi") || dash))
        {
            return;
        }

        p++;
        if (Word("het"))
        {
            p++;
        }

        var end = Quarter(false) ?? Single(Month(false) ?? Half() ?? YearItem() ?? Date(false));

        // A dash joins a range only after "từ" or between two terms of one kind ("Tháng 3/2025 - Tháng 6/2025").
        if (end is not { Count: 1 } || (dash && op != TimeOp.From && end[0].Unit != first.Unit))
        {
            p = save;
            return;
        }

        first.RangeEnd = end[0];
        first.End = tokens[p - 1].End;
    }

    private static bool IsListSeparator(Token t) => t.Is(",") || t.Is("va") || t.Is("-") || t.Is("&") || t.Is("den");

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    private bool Word(string key, int offset = 0) => p + offset < tokens.Count && tokens[p + offset].Is(key);

    private string Raw(int fromToken, int toToken) => RawText[tokens[fromToken].Start..tokens[toToken].End];
}
