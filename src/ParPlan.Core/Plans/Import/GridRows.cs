using System.Text.RegularExpressions;
using ParPlan.Core.Documents;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// What one row of a real table is, for <see cref="GridTableReader"/>: a header row merged into the column grid, a
/// second header row, a group row numbered in Arabic figures, the rest of a row cut by a page break; and a data row's
/// cells by column.
/// </summary>
internal static class GridRows
{
    /// <summary>
    /// A group row numbered in Arabic figures in any case ("1. Công tác chỉ đạo, điều hành"): one cell across the whole
    /// table, so no task row can be mistaken for it. Only while the table has no other groups: under a Roman group the
    /// same row is a sub-heading.
    /// </summary>
    public static RawGroup? ArabicGroupRow(SourceRow row, int width, string flat)
    {
        var filled = row.Cells.Where(c => !c.IsMergedContinuation && !c.IsBlank).ToList();
        if (filled.Count != 1 || filled[0].Span < Math.Max(3, width) || TableLines.ArabicGroupNumber(flat) is not { } n)
        {
            return null;
        }

        return new RawGroup(flat, PhraseKit.AreaFromHeading(flat), n, null, TableLines.StatedCount(flat), false);
    }

    /// <summary>
    /// A group row numbered in its own TT cell ("1 | Công tác chỉ đạo, điều hành"): the number alone in the first cell, the
    /// heading in one cell spanning all the other columns (or all but one), so the row has no unit or time cell, and
    /// the next numbered row is "1.1". A task whose sub-items are numbered "2.1", "2.2" keeps its own unit and time cells.
    /// </summary>
    public static RawGroup? NumberedGroupRow(SourceRow row, int width, List<string> texts, string? nextNumber)
    {
        var filled = Enumerable.Range(0, row.Cells.Count).Where(i => !row.Cells[i].IsMergedContinuation && texts[i].Length > 0).ToList();
        if (filled.Count != 2 || filled[0] != 0 || nextNumber is null)
        {
            return null;
        }

        var number = texts[0].TrimEnd('.', ')');
        var rest = width - row.Cells[0].Span;
        var span = row.Cells[filled[1]].Span;
        if (!Regex.IsMatch(number, @"^\d{1,2}$") || span < 2 || span < rest - 1 || nextNumber.TrimEnd('.') != number + ".1")
        {
            return null;
        }

        var heading = $"{number}. {texts[filled[1]]}";
        return new RawGroup(heading, PhraseKit.AreaFromHeading(heading), int.Parse(number, System.Globalization.CultureInfo.InvariantCulture), null,
            TableLines.StatedCount(heading), false);
    }

    /// <summary>The TT text of the next row numbered in figures after the row at <paramref name="at"/> (a repeated header
    /// row between them is passed over), or null.</summary>
    public static string? NextRowNumber(IReadOnlyList<SourceBlock> blocks, int at, Col?[] grid)
    {
        var seen = 0;
        for (var i = at + 1; i < blocks.Count && seen < 4; i++)
        {
            if (blocks[i] is not SourceRow next)
            {
                continue;
            }

            seen++;
            var texts = next.Cells.Select(c => c.IsMergedContinuation ? "" : PhraseKit.Normalize(c.Text).Trim()).ToList();
            var number = RefCell(next, grid, texts);
            if (number.Length > 0 && char.IsDigit(number[0]))
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>The second row of a two-row header: short header words in at least two cells, and not a group heading
    /// (a repeated header row is followed by "A. NHIỆM VỤ TRỌNG TÂM", which names no column).</summary>
    public static bool IsHeaderContinuation(SourceRow row, List<Col?> headerCols, List<string> texts, RawGroup? group)
    {
        var named = headerCols.Count(c => c is not null);
        return named >= 1 && row.Cells.Count(c => !c.IsMergedContinuation) >= 2
                          && texts.All(t => t.Length < 40 && (t.Length == 0 || TableColumns.FromHeaderCell(t) is not null))
                          && TableLines.Group(string.Join(' ', texts.Where(t => t.Length > 0)), group) is null;
    }

    /// <summary>
    /// Whether the first row on a new page is the rest of the last row, cut by the page break, rather than a row of its own.
    /// A cut row carries on the long cells only: the short cells (lead, time) were printed whole before the break, so a
    /// row that brings its own lead or time where the last row already had one is a new row.
    /// </summary>
    public static bool IsCutRow(SubRow last, Dictionary<Col, List<string>> cells)
    {
        // Text that goes on in lower case ("… Xã" / "hội") continues a cut cell; a sub-number ("2.3. …") starts a row.
        if (cells.Where(kv => kv.Key != Col.Ref).Any(kv => kv.Value.FirstOrDefault(l => l.Trim().Length > 0) is { } first && char.IsLower(first.Trim()[0])))
        {
            return true;
        }

        var hasTitle = cells.TryGetValue(Col.Title, out var title) && title.Count > 0;
        if (hasTitle && CellLists.WithoutSubNumber(title![0].Trim()) != title[0].Trim())
        {
            return false;
        }

        if (!hasTitle && last.Has(Col.Title))
        {
            return true; // every row of its own names its task; only the cut rest of a row has no title
        }

        foreach (var col in new[] { Col.Lead, Col.Time })
        {
            if (cells.TryGetValue(col, out var lines) && lines.Count > 0 && last.Has(col))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text of the row's TT cell under the header grid.</summary>
    public static string RefCell(SourceRow row, Col?[] grid, List<string> texts)
    {
        var x = 0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (x < grid.Length && grid[x] == Col.Ref)
            {
                return texts[i];
            }

            x += row.Cells[i].Span;
        }

        return "";
    }

    public static Col?[] MergeHeader(Col?[]? grid, SourceRow row, List<Col?> headerCols, List<string> texts)
    {
        var width = row.Cells.Sum(c => c.Span);
        var result = grid is null || grid.Length != width ? new Col?[width] : (Col?[])grid.Clone();
        var x = 0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var col = headerCols[i];
            for (var k = 0; k < row.Cells[i].Span && x + k < width; k++)
            {
                if (col is not null && (result[x + k] is null || row.Cells[i].Span == 1 || texts[i].Length > 0))
                {
                    // A spanning group title ("Trách nhiệm cụ thể") does not override the leaf names below it.
                    if (result[x + k] is null || row.Cells[i].Span == 1)
                    {
                        result[x + k] = col;
                    }
                }
            }

            x += row.Cells[i].Span;
        }

        if (result.Length > 0 && result[0] is null)
        {
            result[0] = Col.Ref;
        }

        return result;
    }

    public static Dictionary<Col, List<string>> CellsByColumn(SourceRow row, Col?[] grid, List<string> texts)
    {
        var cells = new Dictionary<Col, List<string>>();
        var x = 0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            var col = ColumnAt(grid, x, cell.Span);
            x += cell.Span;
            if (col is null || cell.IsMergedContinuation || texts[i].Length == 0)
            {
                continue;
            }

            Add(cells, col.Value, cell);
        }

        return cells;
    }

    /// <summary>
    /// Remembers, per grid column, the cell that last started there (a vertically merged cell's first row), so that
    /// the merged cell's text can be given to each numbered row it covers.
    /// </summary>
    public static void NoteMergeStarts(SourceRow row, Dictionary<int, SourceCell> starts)
    {
        var x = 0;
        foreach (var cell in row.Cells)
        {
            if (!cell.IsMergedContinuation)
            {
                starts[x] = cell;
            }

            x += cell.Span;
        }
    }

    /// <summary>
    /// A numbered row under a cell merged down from an earlier task ("Phòng Nội vụ" over tasks 15 and 16): the merged
    /// cell belongs to this task as well, so its text fills the columns the row itself leaves to the merge.
    /// </summary>
    public static void InheritMerged(SourceRow row, Col?[] grid, Dictionary<int, SourceCell> starts, Dictionary<Col, List<string>> cells)
    {
        var x = 0;
        foreach (var cell in row.Cells)
        {
            var col = ColumnAt(grid, x, cell.Span);
            if (cell.IsMergedContinuation && col is { } c && c != Col.Ref && !cells.ContainsKey(c) && starts.TryGetValue(x, out var start)
                && start.Span == cell.Span && !start.IsBlank)
            {
                Add(cells, c, start);
            }

            x += cell.Span;
        }
    }

    private static Col? ColumnAt(Col?[] grid, int x, int span)
    {
        var col = x < grid.Length ? grid[x] : null;
        // One cell across the start and deadline columns ("Thường xuyên") is the schedule.
        return col == Col.Start && span > 1 && grid.Skip(x).Take(span).Contains(Col.Time) ? Col.Time : col;
    }

    private static void Add(Dictionary<Col, List<string>> cells, Col col, SourceCell cell)
    {
        if (!cells.TryGetValue(col, out var list))
        {
            cells[col] = list = [];
        }

        var lines = cell.Lines.Select(l => PhraseKit.Normalize(l)).Where(l => l.Trim().Length > 0).ToList();
        list.AddRange(cell.LinesAreParagraphs && col is Col.Lead or Col.Support ? CellLists.UnitParagraphs(lines) : lines);
    }
}
