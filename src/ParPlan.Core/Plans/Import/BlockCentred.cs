using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Rows printed in reading order from narrow, vertically centred cells: a row's cells come line by line, with no blank
/// lines between them, and the row's number stands beside the row's middle line, so it is printed alone or before a
/// title line that goes on in lower case ("1 luật do Hội đồng nhân dân, Ủy ban"). The lines above such a number belong
/// to its row from about halfway after the previous number (the previous row's lower half is as tall as its upper
/// half), or from just after the group heading for a group's first row. A number followed by a blank line still opens
/// its row (a page printed block by block).
/// </summary>
internal static partial class BlockCentred
{
    /// <summary>A line that may hold a row's number: a bare number, or a number before text going on in lower case
    /// (the number beside the middle line of its row's title), or with <paramref name="anyCase"/> before any text (a
    /// one-line title beside its number).</summary>
    public static (int Number, string Text)? Marker(string t, bool anyCase = false)
    {
        if (TableLines.IsBareNumber(t))
        {
            return (int.Parse(t, System.Globalization.CultureInfo.InvariantCulture), "");
        }

        var m = (anyCase ? NumberedLine() : MidLine()).Match(t);
        return m.Success ? (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value) : null;
    }

    /// <summary>The first line of the row whose number stands at <paramref name="at"/>: the line after the group
    /// heading for a group's first row, the number itself when a blank line follows it (a row printed block by block),
    /// else the line halfway after the previous number.</summary>
    public static int RowStart(IReadOnlyList<string> lines, int at, int previousNumber, int headingEnd, bool firstOfGroup)
    {
        if (firstOfGroup)
        {
            return Math.Min(at, headingEnd + 1);
        }

        if (at + 1 >= lines.Count || lines[at + 1].Trim().Length == 0 || previousNumber < 0)
        {
            return at;
        }

        return previousNumber + ((at - previousNumber + 1) / 2);
    }

    /// <summary>The rows after <paramref name="from"/> are in this shape: the lines are short (a cell's line each), and
    /// at least three row numbers show they stand mid-row: followed by text going on in lower case (on their line or
    /// the next), or a group's first row whose number comes after lines of its text rather than right after the
    /// heading; and such numbers are at least a quarter of the row numbers. Only numbers in turn count as row numbers
    /// (one more than the last, or 1), those opening a line of text in upper case too ("1 Xây dựng …", a row printed
    /// with its number first).</summary>
    public static bool Shape(IReadOnlyList<string> lines, int from)
    {
        int mid = 0, numbers = 0, last = 0;
        var lengths = new List<int>();
        var sinceHeading = -1; // text lines since the last group heading, -1 when a row came after it
        RawGroup? group = null;
        for (var i = from; i < lines.Count; i++)
        {
            var t = lines[i].Trim();
            if (t.Length == 0)
            {
                continue;
            }

            lengths.Add(t.Length);
            if ((TableLines.Group(t, group) ?? ArabicTextGroups.Heading(t, group)) is { } g)
            {
                group = g;
                sinceHeading = 0;
                continue;
            }

            // A row's number goes on from the last one or restarts a group at 1; a number out of turn is cell text
            // ("6 tháng" / "cuối năm", a date's year broken off as "7").
            if (Marker(t, anyCase: true) is not { } m || m.Number > 60 || (m.Number != last + 1 && m.Number != 1))
            {
                sinceHeading = sinceHeading >= 0 && !Upper(t) ? sinceHeading + 1 : sinceHeading;
                continue;
            }

            numbers++;
            last = m.Number;
            var next = i + 1 < lines.Count ? lines[i + 1].Trim() : "";
            if ((m.Text.Length > 0 && char.IsLower(m.Text[0])) || (m.Text.Length == 0 && next.Length > 0 && char.IsLower(next[0]))
                || (m.Number == 1 && sinceHeading > 0))
            {
                mid++;
            }

            sinceHeading = -1;
        }

        lengths.Sort();
        return mid >= 3 && mid * 4 >= numbers && lengths.Count > 0 && lengths[lengths.Count / 2] <= 45;
    }

    private static bool Upper(string t) => t.Count(char.IsLetter) >= 3 && t.Count(char.IsUpper) >= t.Count(char.IsLetter) * 0.8;

    [GeneratedRegex(@"^(\d{1,2})\s+(\p{Ll}.*)$")]
    private static partial Regex MidLine();

    [GeneratedRegex(@"^(\d{1,2})\s+([\p{L}(\-\u201c""].*)$")]
    private static partial Regex NumberedLine();
}
