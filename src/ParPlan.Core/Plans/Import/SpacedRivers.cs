namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Column borders of a layout-kept table whose cells are centred (<see cref="SpacedTables"/>): such text starts a
/// column's lines at different places, so where words start tells little; the border is where the lines leave a
/// "river" of blanks, crossed by the fewest words. The table's borders are looked for between each two header cells
/// (a header cell stands inside its column); each row's, a few characters either side of the table's, since the
/// extraction may lay one row out several characters from the next. Among places crossed by equally few words, the one
/// that cuts the fewest one-space gaps before a word in lower case, then where the most lines start a word after a wide gap (a cell's edge), then
/// the one nearest the table's.
/// </summary>
internal static class SpacedRivers
{
    /// <summary>The table's borders: one between each two header cells, from the body's lines.</summary>
    public static int[] Between(IReadOnlyList<SpacedHeader.Cell> cells, IReadOnlyList<string> body)
    {
        var result = new int[cells.Count - 1];
        var words = body.Select(Words).ToList();
        for (var k = 1; k < cells.Count; k++)
        {
            var lo = Math.Max(cells[k - 1].End + 1, k > 1 ? result[k - 2] + 2 : 1);
            var hi = Math.Max(lo, cells[k].Start);
            result[k - 1] = Best(words, body, lo, hi, (lo + hi) / 2, k == 1);
        }

        return result;
    }

    /// <summary>The borders of some lines (a row, a later page): each of the table's moved by up to
    /// <paramref name="reach"/> characters to the river those lines leave; the number column's stays (a row number
    /// printed one space before its title is parted from it later).</summary>
    public static int[] Moved(IReadOnlyList<string> lines, int[] table, int reach)
    {
        var result = new int[table.Length];
        var words = lines.Select(Words).ToList();
        result[0] = table[0];
        for (var k = 1; k < table.Length; k++)
        {
            var lo = Math.Max(Math.Max(table[k - 1] + 2, result[k - 1] + 2), table[k] - reach);
            var hi = Math.Max(lo, k + 1 < table.Length ? Math.Min(table[k] + reach, table[k + 1] - 2) : table[k] + reach);
            result[k] = Best(words, lines, lo, hi, table[k], false);
        }

        return result;
    }

    private static int Best(List<List<(int Start, int End)>> words, IReadOnlyList<string> lines, int lo, int hi, int near, bool afterNumbers)
    {
        var (best, key) = (near, (int.MaxValue, 0, 0, 0));
        for (var x = lo; x <= hi; x++)
        {
            var crossed = 0;
            var tight = 0;
            var starts = 0;
            for (var l = 0; l < words.Count; l++)
            {
                var w = words[l];
                for (var j = 0; j < w.Count; j++)
                {
                    var (s, e) = w[j];
                    crossed += s < x && x < e ? 1 : 0;
                    // A place in a one-space gap before a word in lower case cuts a cell's own words, most often (a
                    // cell opens with a capital or a figure).
                    tight += j > 0 && s - w[j - 1].End == 1 && w[j - 1].End <= x && x <= s && char.IsLower(lines[l][s]) ? 1 : 0;
                    starts += s == x && (s < 2 || (lines[l][s - 1] == ' ' && lines[l][s - 2] == ' ')) && !(afterNumbers && char.IsAsciiDigit(lines[l][s])) ? 1 : 0;
                }
            }

            var candidate = (crossed, tight, -starts, Math.Abs(x - near));
            if (candidate.CompareTo(key) < 0)
            {
                (best, key) = (x, candidate);
            }
        }

        return best;
    }

    private static List<(int Start, int End)> Words(string line)
    {
        var result = new List<(int, int)>();
        for (var x = 0; x < line.Length; x++)
        {
            if (line[x] != ' ')
            {
                var s = x;
                while (x < line.Length && line[x] != ' ')
                {
                    x++;
                }

                result.Add((s, x));
            }
        }

        return result;
    }
}
