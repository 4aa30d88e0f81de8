namespace ParPlan.Core.Plans.Import;

/// <summary>
/// A group row whose TT cell prints apart from its title: an extraction in reading order puts each cell of a row in a
/// block of its own, so the next group's numeral ("II", or under a group the letter "B") stands alone on a line and its
/// title ("CẢI CÁCH THỂ CHẾ") comes a few blocks later, after the last cells of the row above.
/// </summary>
internal static class DetachedGroupNumbers
{
    private const int Window = 40;

    /// <summary>When line <paramref name="i"/> holds only the numeral of the group that comes next (the next Roman
    /// numeral, or under a group the next letter), the index of the line holding its title and the heading to read
    /// there ("II. CẢI CÁCH THỂ CHẾ"); otherwise null. The title is the first later line, before the group's first row,
    /// that reads as a group title with that numeral: upper case (three words or more), or for a letter a sentence of
    /// four words or more.</summary>
    public static (int Line, string Heading)? Find(IReadOnlyList<string> lines, int i, RawGroup? current)
    {
        var t = lines[i].Trim().TrimEnd('.', ')');
        if (t.Length == 0 || t.Length > 5)
        {
            return null;
        }

        var roman = t.All(c => c is 'I' or 'V' or 'X' or 'L') && TableLines.RomanValue(t) == (current?.Number ?? 0) + 1;
        var letter = !roman && current is not null && t.Length == 1 && t[0] == NextLetter(current.Letter);
        if (!roman && !letter)
        {
            return null;
        }

        for (var j = i + 1; j < lines.Count && j <= i + Window; j++)
        {
            var s = PhraseKit.Collapse(lines[j]);
            if (s.Length == 0)
            {
                continue;
            }

            if (TableLines.RowStart(s) is { Number: 1, Major: null } || TableLines.Group(s, current) is not null || TableLines.EndsTable(s))
            {
                return null;
            }

            var words = s.Count(c => c == ' ') + 1;
            if (words < (roman ? 3 : 4) || char.IsDigit(s[0]))
            {
                continue;
            }

            var heading = $"{t}. {s}";
            if (TableLines.Group(heading, current) is { } g && (roman ? !g.IsSubGroup && g.Number == TableLines.RomanValue(t) : g.IsSubGroup))
            {
                return (j, heading);
            }
        }

        return null;
    }

    /// <summary>When row 1 starts at line <paramref name="i"/> while the current group already has rows, and the next
    /// group's title line comes later with no row 1 before it and another group's title right after it (its block
    /// printed after its rows, so in reading order it stands empty), the index of that title line and its group;
    /// otherwise null.</summary>
    public static (int Line, RawGroup Group)? LateTitle(IReadOnlyList<string> lines, int i, RawGroup current)
    {
        for (var j = i + 1; j < lines.Count && j <= i + Window * 2; j++)
        {
            var s = PhraseKit.Collapse(lines[j]);
            if (s.Length == 0)
            {
                continue;
            }

            if (TableLines.RowStart(s) is { Number: 1, Major: null } || TableLines.EndsTable(s))
            {
                return null;
            }

            if (TableLines.Group(s, current) is not { } g)
            {
                continue;
            }

            if (g.IsSubGroup || g.Number != current.Number + 1)
            {
                return null;
            }

            var k = j + 1;
            while (k < lines.Count && lines[k].Trim().Length == 0)
            {
                k++;
            }

            return k < lines.Count && TableLines.Group(lines[k], g) is { IsSubGroup: false } ? (j, g) : null;
        }

        return null;
    }

    private static char NextLetter(string? letter) => letter switch
    {
        null or "" => 'A',
        "D" => 'Đ',
        "Đ" => 'E',
        _ => (char)(letter[0] + 1),
    };
}
