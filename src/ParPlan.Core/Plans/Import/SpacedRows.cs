using ParPlan.Core.Documents;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// The lines of a layout-kept table (<see cref="SpacedTables"/>) grouped into rows when the table prints each cell
/// centred from top to bottom: a row's number then stands on its middle line, with as many of the row's lines above
/// it as below (the row's tallest cell sets both). Between two numbers the lines are shared: the upper row takes as
/// many below its number as it has above, the lower row the rest. Where a row begins is known after the table's header
/// and after a heading row; where one ends is known before a heading row and at the table's end; a page break leaves
/// the lines at the top of the new page in doubt (the last row of the page may go on there), so a page's rows are
/// counted back from the end when it is known, else from the first line whose title opens with a capital.
/// </summary>
internal static class SpacedRows
{
    /// <summary>One line of the table's body: whether it holds a row number ("3") or a sub-row number ("2.1.").</summary>
    internal sealed record Entry(SourceLine Line, bool Number, bool Sub);

    /// <summary>
    /// Whether the table's rows are centred from top to bottom: most numbered lines leave their title's cell empty or
    /// carry a title's later line (lower case), while a line above holds text.
    /// </summary>
    public static bool Centred(int numbered, int middle) => numbered >= 2 && middle * 2 > numbered;

    /// <summary>
    /// The rows of the lines between a table header or heading row and the next heading row (or the table's end): each
    /// with the column its first line's cells start merging at (0, or the title column for a sub-row), and its lines.
    /// <paramref name="titleUpper"/> tells whether a line's title cell opens with a capital.
    /// </summary>
    public static List<(int Merged, List<SourceLine> Lines)> Group(
        List<Entry> entries, int titleColumn, Func<SourceLine, bool> titleUpper)
    {
        var rows = new List<(int Merged, List<SourceLine> Lines)>();
        var parts = entries.GroupBy(e => e.Line.Page).Select(g => g.ToList()).ToList();
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            var numbers = Enumerable.Range(0, part.Count).Where(i => part[i].Number || part[i].Sub).ToList();
            var previous = rows.Count > 0 ? rows[^1].Lines : null;
            if (numbers.Count == 0)
            {
                // A page with no number: the last row going on.
                if (previous is null)
                {
                    rows.Add((0, [.. part.Select(e => e.Line)]));
                }
                else
                {
                    previous.AddRange(part.Select(e => e.Line));
                }

                continue;
            }

            var starts = new int[numbers.Count];
            var ends = new int[numbers.Count];
            if (p == 0 || p < parts.Count - 1)
            {
                // Counted down from the first row's top: after the header or a heading, the part's first line; at the
                // top of a later page, the nearest line above the number whose title opens with a capital.
                var r = 0;
                if (p > 0)
                {
                    r = numbers[0];
                    for (var k = numbers[0]; k >= 0; k--)
                    {
                        if (titleUpper(part[k].Line))
                        {
                            r = k;
                            break;
                        }
                    }
                }

                for (var j = 0; j < numbers.Count; j++)
                {
                    var m = numbers[j];
                    var limit = j + 1 < numbers.Count ? numbers[j + 1] - 1 : part.Count - 1;
                    starts[j] = Math.Min(r, m);
                    var h = m - starts[j];
                    ends[j] = j + 1 < numbers.Count ? Math.Min(m + h, limit) : limit;
                    r = ends[j] + 1;
                }
            }
            else
            {
                // The last page of the run: counted up from its end, row by row.
                var e = part.Count - 1;
                for (var j = numbers.Count - 1; j >= 0; j--)
                {
                    var m = numbers[j];
                    var floor = j > 0 ? numbers[j - 1] + 1 : 0;
                    ends[j] = Math.Max(e, m);
                    var h = ends[j] - m;
                    starts[j] = Math.Max(m - h, floor);
                    e = starts[j] - 1;
                }
            }

            if (starts[0] > 0)
            {
                // Lines above the page's first row: the row before going on (or, with none, the first row's own).
                var head = part.Take(starts[0]).Select(e => e.Line).ToList();
                if (previous is not null)
                {
                    previous.AddRange(head);
                }
                else
                {
                    starts[0] = 0;
                }
            }

            for (var j = 0; j < numbers.Count; j++)
            {
                // Lines between a row's end and the next row's start (a row counted up leaves none) go with the row above.
                var last = j + 1 < numbers.Count ? starts[j + 1] - 1 : part.Count - 1;
                rows.Add((part[numbers[j]].Sub ? titleColumn : 0, [.. part.Skip(starts[j]).Take(last - starts[j] + 1).Select(e => e.Line)]));
            }
        }

        return rows;
    }
}
