using System.Text.RegularExpressions;

namespace ParPlan.Core.Schedules;

internal enum TokenKind { Word, Number, Date, MonthYear, DayMonth, Punct }

/// <summary>
/// One token of a deadline cell. <see cref="Key"/> is the folded form (lower case, no diacritics);
/// <see cref="Start"/>/<see cref="End"/> index the original (whitespace-collapsed) text.
/// For dates <see cref="Day"/>, <see cref="Month"/> and <see cref="Year"/> hold the parts (0 when absent).
/// </summary>
internal sealed record Token(TokenKind Kind, string Key, int Start, int End, int Day = 0, int Month = 0, int Year = 0)
{
    public int Number => Kind == TokenKind.Number && int.TryParse(Key, out var n) ? n : -1;

    public bool Is(string key) => Kind is TokenKind.Word or TokenKind.Punct && Key == key;

    public bool IsYearNumber => Kind == TokenKind.Number && Key.Length == 4 && Number is >= 1900 and <= 2199;
}

/// <summary>Splits a folded deadline cell into words, numbers, dates and punctuation.</summary>
internal static partial class ScheduleTokenizer
{
    public static IReadOnlyList<Token> Tokenize(string foldedKey)
    {
        var tokens = new List<Token>();
        foreach (Match m in TokenPattern().Matches(foldedKey))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (m.Groups["dmy"].Success)
            {
                tokens.Add(new Token(TokenKind.Date, m.Value, start, end,
                    Int(m.Groups["d1"]), Int(m.Groups["m1"]), Int(m.Groups["y1"])));
            }
            else if (m.Groups["my"].Success)
            {
                tokens.Add(new Token(TokenKind.MonthYear, m.Value, start, end, 0, Int(m.Groups["m2"]), Int(m.Groups["y2"])));
            }
            else if (m.Groups["dm"].Success)
            {
                tokens.Add(new Token(TokenKind.DayMonth, m.Value, start, end, Int(m.Groups["d3"]), Int(m.Groups["m3"])));
            }
            else if (m.Groups["num"].Success)
            {
                tokens.Add(new Token(TokenKind.Number, m.Value, start, end));
            }
            else if (m.Groups["word"].Success)
            {
                tokens.Add(new Token(TokenKind.Word, m.Value, start, end));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Punct, m.Value, start, end));
            }
        }

        return tokens;
    }

    private static int Int(Group g) => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"(?<dmy>(?<d1>\d{1,2})\s?[/.\-]\s?(?<m1>\d{1,2})\s?[/.\-]\s?(?<y1>\d{4}))(?!\d)" +
        @"|(?<my>(?<m2>\d{1,2})\s?/\s?(?<y2>\d{4}))(?!\d)" +
        @"|(?<dm>(?<d3>\d{1,2})/(?<m3>\d{1,2}))(?![/\d])" +
        @"|(?<num>\d+)" +
        @"|(?<word>[\p{L}\p{M}]+)" +
        @"|(?<p>[^\s\p{L}\p{M}\d])")]
    private static partial Regex TokenPattern();
}
