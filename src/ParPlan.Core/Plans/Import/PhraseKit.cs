using ParPlan.Core.Schedules;
using ParPlan.Core.Targets;
using ParPlan.Core.Text;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// The one seam between the table reconstruction and the phrase-level pieces (text normalisation, schedule grammar,
/// target extraction, area keywords). Everything the importer asks of a phrase goes through here.
/// </summary>
internal static class PhraseKit
{
    /// <summary>NFC, repaired combining marks, no control characters; the printed form otherwise kept.</summary>
    public static string Normalize(string s)
    {
        // Fast path: plain precomposed Latin/Vietnamese text needs only its space runs collapsed.
        foreach (var c in s)
        {
            if (!(c is >= ' ' and < '\u007F' or >= '\u00C0' and < '\u0300' or >= '\u1E00' and <= '\u1EFF'))
            {
                return VietText.Normalize(s);
            }
        }

        return s.Contains("  ", StringComparison.Ordinal) ? VietText.Normalize(s) : s.TrimEnd(' ');
    }

    /// <summary>A matching key: lower case, no diacritics, đ→d, dashes and whitespace folded.</summary>
    public static string Fold(string s)
    {
        Span<char> chars = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                chars[n++] = ' ';
                space = false;
            }

            chars[n++] = c < FoldMap.Length ? FoldMap[c] : FoldSlow(c);
        }

        return new string(chars[..n]);
    }

    private static readonly char[] FoldMap = BuildFoldMap();

    private static char[] BuildFoldMap()
    {
        var map = new char[0x2100];
        for (var c = 0; c < map.Length; c++)
        {
            map[c] = FoldSlow((char)c);
        }

        return map;
    }

    private static char FoldSlow(char c) =>
        char.IsSurrogate(c) || char.IsWhiteSpace(c) ? c : VietText.FoldAligned(c.ToString()) is { Length: 1 } f ? f[0] : c;

    /// <summary>The full matching key (normalises first; folds i/y spellings): for comparing phrases, not for hot loops.</summary>
    public static string FoldFull(string s) => VietText.Fold(s);

    public static string Collapse(string s) => VietText.CollapseWhitespace(s);

    public static string JoinLines(IEnumerable<string> lines) => VietText.JoinWrapped(lines);

    public static Schedule ParseSchedule(string cell, int year, DatePeriod? period, DateOnly? issuedOn, bool fundingColumn, List<ImportWarning> warnings)
    {
        var result = ScheduleParser.Parse(cell, new ScheduleContext(year, period, issuedOn, fundingColumn ? ScheduleColumn.Funding : ScheduleColumn.Time));
        warnings.AddRange(result.Notices);
        return result.Schedule;
    }

    public static Schedule CombineSubRows(IReadOnlyList<(string Label, Schedule Schedule)> rows) => ScheduleParser.CombineSubRows(rows);

    public static IReadOnlyList<PlanTarget> ExtractTargets(string sentence, AreaCode? hint, string source, int year)
    {
        return TargetExtractor.Extract(sentence, new TargetContext(hint, source, year));
    }

    public static AreaCode? AreaFromHeading(string heading) => AreaClassifier.FromHeading(heading);

    public static AreaCode? AreaFromTopic(string text) => AreaClassifier.FromTopic(text);
}
