using System.Text.RegularExpressions;
using ParPlan.Core.Documents;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Tables in website text that prints each cell on its own lines and a "|" line after each cell, with nothing to mark
/// where a row ends. From a header of at least four cells that name task columns, the cells are grouped into rows:
/// a row starts at a bare number (a task), a Roman numeral or letter (a group, with its title in the next cell), a
/// group heading in one cell, or a sub-number ("1.2. …") after the first cell of a row, and holds at most as many cells
/// as the header. A row shorter than the header is a sub-row whose first cells span from the rows above.
/// </summary>
internal static partial class PipeLineTables
{
    private sealed record Cell(List<string> Lines, int First, int Last)
    {
        public string Text => PhraseKit.Collapse(string.Join(' ', Lines));
    }

    public static SourceDocument Rebuild(SourceDocument document)
    {
        if (document.Format != SourceFormat.Text || document.Blocks.Count(b => b is SourceLine l && IsLonePipe(l.Text)) < 8)
        {
            return document;
        }

        var lines = document.Blocks.OfType<SourceLine>().ToList();
        if (lines.Count != document.Blocks.Count)
        {
            return document;
        }

        var cells = Cells(lines);
        var (start, width) = Header(cells);
        if (width == 0)
        {
            return document;
        }

        var result = new List<SourceBlock>();
        var opening = cells[start];
        var page = lines[opening.Last].Page;
        result.AddRange(lines.Take(opening.First));
        result.AddRange(opening.Lines.Take(opening.Lines.Count - 1).Select(l => new SourceLine(l, page))); // body text above "TT"
        cells[start] = opening with { Lines = [opening.Lines[^1]] };
        result.Add(PipeTables.Row([.. cells.Skip(start).Take(width).Select(c => c.Text)], width, page));
        var i = start + width;
        var end = cells.Count;
        for (var k = i; k < cells.Count; k++)
        {
            if (cells[k].Lines.Count > 0 && TableLines.EndsTable(cells[k].Lines[0]))
            {
                end = k;
                break;
            }
        }

        var lastTask = 0;
        while (i < end)
        {
            var row = new List<string> { cells[i].Text };
            page = lines[Math.Min(cells[i].First, lines.Count - 1)].Page;
            var first = cells[i].Text;
            if (GroupMark().IsMatch(first))
            {
                lastTask = 0;
                if (i + 1 < end && !StartsRow(cells[i + 1].Text, true, lastTask))
                {
                    row.Add(cells[++i].Text);
                }
            }
            else if (TableLines.Group(PhraseKit.Normalize(first), null) is null)
            {
                if (BareNumber().IsMatch(first))
                {
                    lastTask = int.Parse(first.TrimEnd('.'), System.Globalization.CultureInfo.InvariantCulture);
                }

                // A task row's first sub-number ("1.1. Xây dựng …") is its own title cell; a later one starts a sub-row.
                var hasSub = !BareNumber().IsMatch(first);
                while (row.Count < width && i + 1 < end
                       && (!StartsRow(cells[i + 1].Text, false, lastTask) || (!hasSub && SubNumber().IsMatch(cells[i + 1].Text) && !BareNumber().IsMatch(cells[i + 1].Text))))
                {
                    hasSub |= SubNumber().IsMatch(cells[i + 1].Text);
                    row.Add(cells[++i].Text);
                }
            }
            else
            {
                lastTask = 0;
            }

            result.Add(PipeTables.Row(row, width, page));
            i++;
        }

        var after = end < cells.Count ? cells[end].First : cells[^1].Last + 1;
        result.AddRange(lines.Skip(after).Where(l => l.Text.Trim() != "|"));
        return document with { Blocks = result };
    }

    /// <summary>Whether a line holds only "|" (and spaces).</summary>
    private static bool IsLonePipe(string text)
    {
        var pipes = 0;
        foreach (var c in text)
        {
            if (c == '|')
            {
                pipes++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return pipes == 1;
    }

    /// <summary>The cells: the lines before each "|" line (or before a "|" closing a line of text).</summary>
    private static List<Cell> Cells(List<SourceLine> lines)
    {
        var cells = new List<Cell>();
        var current = new List<string>();
        var first = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var t = lines[i].Text.Trim();
            if (t == "|" || t.EndsWith(" |", StringComparison.Ordinal))
            {
                if (t != "|")
                {
                    current.Add(t[..^1].Trim());
                }

                cells.Add(new Cell(current, first, i));
                current = [];
                first = i + 1;
                continue;
            }

            if (t.Length > 0)
            {
                current.Add(t);
            }
        }

        return cells;
    }

    /// <summary>The first run of at least four cells that each name a task column (the first by its last line).</summary>
    private static (int Start, int Width) Header(List<Cell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var run = 0;
            while (i + run < cells.Count && IsHeaderCell(cells[i + run], run == 0))
            {
                run++;
            }

            if (run >= 4 && cells.Skip(i).Take(run).Any(c => TableColumns.FromHeaderCell(c.Text) is Col.Lead or Col.Time))
            {
                if (cells[i].Lines.Count > 1)
                {
                    cells[i] = new Cell([cells[i].Lines[^1]], cells[i].Last, cells[i].Last);
                }

                return (i, run);
            }
        }

        return (0, 0);
    }

    private static bool IsHeaderCell(Cell cell, bool first)
    {
        var text = first && cell.Lines.Count > 0 ? cell.Lines[^1] : cell.Text;
        return text.Length is > 0 and < 60 && TableColumns.FromHeaderCell(PhraseKit.Normalize(text)) is not null;
    }

    /// <summary>Whether a cell opens a new row: the next task number, a group mark, or (inside a row) a sub-number.</summary>
    private static bool StartsRow(string text, bool afterGroupMark, int lastTask) =>
        (BareNumber().IsMatch(text) && int.Parse(text.TrimEnd('.'), System.Globalization.CultureInfo.InvariantCulture) is var n && (n == lastTask + 1 || n == 1))
        || GroupMark().IsMatch(text) || (!afterGroupMark && SubNumber().IsMatch(text));

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^(?:[IVX]{1,5}|[A-HĐ])\.?$")]
    private static partial Regex GroupMark();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.?\s")]
    private static partial Regex SubNumber();
}
