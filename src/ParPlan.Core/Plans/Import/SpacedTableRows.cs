using System.Text.RegularExpressions;
using ParPlan.Core.Documents;

namespace ParPlan.Core.Plans.Import;

// How SpacedTables tells a table's rows apart: the header printed again on a later page, a row number printed one space
// before its title, and whether the rows are centred from top to bottom.
internal static partial class SpacedTables
{
    /// <summary>Whether the table prints its rows centred from top to bottom (see <see cref="SpacedRows"/>): most lines
    /// with a row number have no title's first line beside them (an empty or lower-case title cell) and text above.</summary>
    private static bool CentredRows(List<SourceLine> lines, int start, int end, Dictionary<int, int[]> borders, int titleColumn)
    {
        var (numbered, middle, above) = (0, 0, false);
        for (var i = start; i < end; i++)
        {
            if (lines[i].Text.Trim().Length == 0 || !borders.TryGetValue(lines[i].Page, out var b))
            {
                continue;
            }

            var parts = NumberApart(SpacedLineCut.Cut(lines[i].Text, b));
            if (RowNumber().IsMatch(parts[0]))
            {
                numbered++;
                middle += above && (parts[titleColumn].Length == 0 || char.IsLower(parts[titleColumn][0])) ? 1 : 0;
                above = false;
            }
            else
            {
                above = parts[0].Length == 0 && parts.Any(p => p.Length > 0);
            }
        }

        return SpacedRows.Centred(numbered, middle);
    }

    /// <summary>A row number printed one space before its title's words ("1 lĩnh vực tư pháp"), which the cut left in
    /// the TT cell: the words go to the next cell, the number stays.</summary>
    private static string[] NumberApart(string[] parts)
    {
        if (parts.Length > 1 && NumberThenWords().Match(parts[0]) is { Success: true } m)
        {
            parts[0] = m.Groups[1].Value;
            parts[1] = (m.Groups[2].Value + " " + parts[1]).Trim();
        }

        return parts;
    }

    /// <summary>The lines of the header row printed again at the top of a later page: not rows of the table.</summary>
    private static (HashSet<int> Lines, List<SpacedHeader> Headers) RepeatedHeaders(List<SourceLine> lines, int start, int end)
    {
        var result = new HashSet<int>();
        var headers = new List<SpacedHeader>();
        for (var i = start; i < end; i++)
        {
            if (SpacedHeader.Find(lines, i) is { } again)
            {
                result.UnionWith(Enumerable.Range(again.First, again.Last - again.First + 1));
                headers.Add(again);
                i = again.Last;
            }
        }

        return (result, headers);
    }

    [GeneratedRegex(@"^(\d{1,3}\.?) (\p{L}.*)$")]
    private static partial Regex NumberThenWords();
}
