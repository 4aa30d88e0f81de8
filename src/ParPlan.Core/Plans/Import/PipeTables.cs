using ParPlan.Core.Documents;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Tables in the text of legal-document websites, where "|" separates the cells of a row ("| 1 | Xây dựng Kế hoạch … |
/// Sở Nội vụ | Các sở, ngành | Tháng 01/2026 |"): from a header row that names at least three task columns, one of
/// them the lead or the time (a targets table names neither), each row
/// becomes a real table row, so the task table is read by its header like a DOCX table. A cell that holds a line break
/// carries the row over several lines; a row is complete when it ends with "|", has all the header's cells, or the next
/// line brings more cells than it has room for. A row of one or two cells (a group heading "| II | CẢI CÁCH THỦ TỤC
/// HÀNH CHÍNH |") spans the rest of the table, and a line without "|" that reads as a group heading is one too; a
/// shorter row of three cells or more is a sub-row whose first cells span from the rows above (HTML rowspan), so its
/// cells are the rightmost ones. Text without such a table is returned unchanged.
/// </summary>
internal static class PipeTables
{
    private const int MaxRowLines = 20;

    public static SourceDocument Rebuild(SourceDocument document)
    {
        if (document.Format != SourceFormat.Text || !document.Blocks.OfType<SourceLine>().Any(l => l.Text.Contains('|', StringComparison.Ordinal)))
        {
            return document;
        }

        var blocks = document.Blocks;
        var result = new List<SourceBlock>(blocks.Count);
        var found = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var joined = BrokenHeader(blocks, i);
            if (blocks[i] is not SourceLine line || (joined?.Width ?? HeaderWidth(line.Text)) is not { } width)
            {
                result.Add(blocks[i]);
                continue;
            }

            found = true;
            var header = joined?.Text ?? line.Text;
            var style = new Borders(header.TrimStart().StartsWith('|'), header.TrimEnd().EndsWith('|'));
            result.Add(Row(Cells(header, style), width, line.Page));
            i = ReadRows(blocks, i + (joined is null ? 1 : 2), width, style, result) - 1;
        }

        return found ? document with { Blocks = result } : document;
    }

    /// <summary>A bordered header row that a line break cut inside a cell ("| TT | … | Cơ quan phối" / "hợp | Thời gian
    /// hoàn thành |"), joined back; null when the line at <paramref name="i"/> is not one.</summary>
    private static (string Text, int Width)? BrokenHeader(IReadOnlyList<SourceBlock> blocks, int i)
    {
        if (blocks[i] is not SourceLine first || i + 1 >= blocks.Count || blocks[i + 1] is not SourceLine next)
        {
            return null;
        }

        var (a, b) = (first.Text.Trim(), next.Text.Trim());
        if (!a.StartsWith('|') || a.EndsWith('|') || b.StartsWith('|') || !b.EndsWith('|') || !b.Contains('|', StringComparison.Ordinal))
        {
            return null;
        }

        var joined = a + " " + b;
        return HeaderWidth(joined) is { } width ? (joined, width) : null;
    }

    /// <summary>The number of cells of a task-table header row, or null when the line is not one.</summary>
    private static int? HeaderWidth(string text)
    {
        if (text.AsSpan().Count('|') < 2)
        {
            return null;
        }

        var cells = Cells(text, new Borders(text.TrimStart().StartsWith('|'), text.TrimEnd().EndsWith('|')));
        var cols = cells.Select(c => TableColumns.FromHeaderCell(PhraseKit.Normalize(c).Trim())).ToList();
        // A task table names who leads or when; a targets table ("TT | Chỉ tiêu | Đơn vị tính | …") does not.
        return cells.Count >= 4 && cols.Count(c => c is not null) >= 3 && cols.Any(c => c is Col.Lead or Col.Time) ? cells.Count : null;
    }

    /// <summary>Reads the rows after the header; returns the index of the first block after the table.</summary>
    private static int ReadRows(IReadOnlyList<SourceBlock> blocks, int start, int width, Borders style, List<SourceBlock> result)
    {
        var pending = new List<string>();
        var page = 0;
        RawGroup? group = null;
        var i = start;
        for (; i < blocks.Count; i++)
        {
            if (blocks[i] is not SourceLine line)
            {
                break;
            }

            var text = line.Text.Trim();
            if (pending.Count == 0)
            {
                if (text.Length == 0)
                {
                    continue;
                }

                if (TableLines.EndsTable(text.Trim('|', ' ')))
                {
                    break; // signature block, addressees, the next body section
                }

                if (!text.Contains('|', StringComparison.Ordinal))
                {
                    var heading = TableLines.Group(PhraseKit.Normalize(text), group);
                    if (heading is null)
                    {
                        break; // the table has ended
                    }

                    group = heading;
                    result.Add(Row([text], width, line.Page));
                    continue;
                }

                page = line.Page;
            }

            if (pending.Count > 0 && Cells(string.Join('\n', pending), style).Count + Cells(text, style).Count - 1 > width)
            {
                // The line brings more cells than the pending row has room for: that row was short (cells merged
                // from the rows above are left out of it) and this line starts the next one.
                result.Add(Row(Cells(string.Join('\n', pending), style), width, page));
                pending.Clear();
                page = line.Page;
            }

            pending.Add(text);
            var joined = string.Join('\n', pending);
            var cells = Cells(joined, style);
            if (text.EndsWith('|') || cells.Count >= width || pending.Count >= MaxRowLines)
            {
                result.Add(Row(cells, width, page));
                pending.Clear();
            }
        }

        if (pending.Count > 0)
        {
            result.Add(Row(Cells(string.Join('\n', pending), style), width, page));
        }

        return i;
    }

    /// <summary>
    /// The cells of a row, split at "|". A table whose header row starts (ends) with "|" draws a border there, so one
    /// leading (trailing) "|" is dropped; in a table without that border a leading "|" closes an empty first cell
    /// (" | | 1.2. Kiểm tra …" is a sub-row with empty TT and objective cells).
    /// </summary>
    private static List<string> Cells(string text, Borders style)
    {
        var t = text.Trim();
        if (t.StartsWith('|') && style.Leading)
        {
            t = t[1..];
        }

        if (t.EndsWith('|') && (style.Trailing || !style.Leading))
        {
            t = t[..^1];
        }

        return [.. t.Split('|').Select(c => c.Trim())];
    }

    internal static SourceRow Row(List<string> cells, int width, int page)
    {
        var result = new List<SourceCell>(width);
        if (cells.Count >= 3 && cells.Count < width)
        {
            // A sub-row of a task whose first cells (TT, objective) span several rows: the website leaves them out
            // of the row, so its cells are the rightmost ones.
            for (var c = cells.Count; c < width; c++)
            {
                result.Add(new SourceCell([], 1, IsMergedContinuation: true));
            }

            result.AddRange(cells.Select(c => new SourceCell(Lines(c))));
            return new SourceRow(result, page);
        }

        for (var c = 0; c < cells.Count; c++)
        {
            var span = c == cells.Count - 1 && cells.Count < width ? width - cells.Count + 1 : 1;
            result.Add(new SourceCell(Lines(cells[c]), span));
        }

        return new SourceRow(result, page);
    }

    /// <summary>A cell's non-empty lines, trimmed.</summary>
    private static List<string> Lines(string cell) => [.. cell.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>Whether the table's rows start and end with a border "|".</summary>
    private readonly record struct Borders(bool Leading, bool Trailing);
}
