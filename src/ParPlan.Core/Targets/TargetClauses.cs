using System.Text.RegularExpressions;

namespace ParPlan.Core.Targets;

/// <summary>A span of the normalised input: [Start, End).</summary>
internal readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits a sentence, bullet or cell into clauses that can each carry targets: at sentence ends (". " before a capital),
/// at ";" and at ": " before a capital, never inside brackets; and a clause into its comma pieces.
/// </summary>
internal static partial class TargetClauses
{
    /// <summary>The text after a leading bullet ("- ", "+ ", "a) ", "1. ").</summary>
    public static int BodyStart(string text)
    {
        var m = Bullet().Match(text);
        return m.Success ? m.Length : 0;
    }

    public static List<Span> Clauses(string text, int start)
    {
        var cuts = new List<int>();
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            depth = Math.Max(depth, 0);
            if (depth > 0)
            {
                continue;
            }

            var endsSentence = (c == '.' || c == ':') && NextWordStartsUpper(text, i + 1, allowDigit: c == '.') && !AfterInitial(text, i)
                && !(c == ':' && LevelWord().IsMatch(text[(i + 1)..]));
            if (c == ';' || endsSentence)
            {
                cuts.Add(i);
            }
        }

        var spans = new List<Span>();
        var from = start;
        foreach (var cut in cuts.Append(text.Length))
        {
            var span = Trim(text, new Span(from, cut));
            if (span.Length > 0)
            {
                spans.Add(span);
            }

            from = cut + 1;
        }

        return spans;
    }

    /// <summary>The comma-separated pieces of a clause, outside brackets.</summary>
    public static List<Span> Pieces(string text, Span clause)
    {
        var pieces = new List<Span>();
        var depth = 0;
        var from = clause.Start;
        for (var i = clause.Start; i < clause.End; i++)
        {
            var c = text[i];
            depth += c is '(' ? 1 : c is ')' ? -1 : 0;
            depth = Math.Max(depth, 0);
            if (depth == 0 && c == ',' && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                pieces.Add(new Span(from, i));
                from = i + 1;
            }
        }

        pieces.Add(new Span(from, clause.End));
        return pieces.Select(p => Trim(text, p)).ToList();
    }

    /// <summary>Trims spaces and trailing sentence punctuation.</summary>
    public static Span Trim(string text, Span span)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '.' or ';' or ',' or ':'))
        {
            // Keep an ellipsis that belongs to the text ("Thông báo...").
            if (text[e - 1] == '.' && e - s >= 3 && text[e - 2] == '.' && text[e - 3] == '.')
            {
                break;
            }

            e--;
        }

        return new Span(s, e);
    }

    private static bool NextWordStartsUpper(string text, int from, bool allowDigit)
    {
        var i = from;
        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && (char.IsUpper(text[i]) || (allowDigit && char.IsDigit(text[i])));
    }

    // "TP. Hồ Chí Minh", "ThS. Nguyễn": a short abbreviation before the period is not a sentence end.
    private static bool AfterInitial(string text, int dot) =>
        text[dot] == '.' && dot >= 1 && Abbreviation().IsMatch(text[Math.Max(0, dot - 4)..dot]);

    [GeneratedRegex(@"^\s*(?:[-+•*–—]+|[a-zđ]\)|\d+(?:\.\d+)*[.)])\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*(Cấp|Huyện|Xã|Tỉnh|Quận|Phường)\b")]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"(^|\s)(TP|Tp|ThS|TS|PGS|GS|Th)$")]
    private static partial Regex Abbreviation();
}
