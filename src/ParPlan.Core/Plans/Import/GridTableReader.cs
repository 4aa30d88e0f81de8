using System.Text.RegularExpressions;
using ParPlan.Core.Documents;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Reads task tables from real table rows (DOCX, ruled PDF): the header row(s) name the grid columns (a two-row header
/// such as "Trách nhiệm cụ thể" over "Cơ quan chủ trì | Cơ quan phối hợp" is resolved per grid column), numbered rows
/// start tasks, rows without a number are continuation rows, and a row cut by a PDF page break is joined back.
/// </summary>
internal static partial class GridTableReader
{
    public static RawTable Read(IReadOnlyList<SourceBlock> blocks)
    {
        var table = new RawTable();
        Col?[]? grid = null;
        var headerTexts = new HashSet<string>(StringComparer.Ordinal);
        RawGroup? group = null;
        RawTask? task = null;
        var lastNumber = 0;
        var lastPage = -1;
        var firstOnPage = false;
        var lastWasHeader = false;
        var plainNumber = false;
        foreach (var block in blocks)
        {
            if (block is SourceLine line)
            {
                var t = PhraseKit.Normalize(line.Text).Trim();
                if (grid is not null && TableLines.StatedTotal(t) is { } total)
                {
                    table.StatedTotal = total;
                }

                continue;
            }

            if (block is not SourceRow row)
            {
                continue;
            }

            if (row.Page != lastPage)
            {
                firstOnPage = true;
                lastPage = row.Page;
            }

            var texts = row.Cells.Select(c => c.IsMergedContinuation ? "" : PhraseKit.Normalize(c.Text).Trim()).ToList();
            var flat = PhraseKit.Collapse(string.Join(' ', texts.Where(x => x.Length > 0)));
            if (flat.Length == 0)
            {
                continue;
            }

            var headerCols = row.Cells.Select((c, i) => TableColumns.FromHeaderCell(texts[i])).ToList();
            // A row numbered in its TT cell under a known header is data, even when its cells hold header words
            // ("… tổ chức thực hiện", "nhiệm vụ", "kết quả").
            var numberedData = grid is not null && Regex.IsMatch(RefCell(row, grid, texts), @"^\d{1,3}(\.\d{1,3})*\.?$");
            var isHeader = (headerCols.Count(c => c is not null) >= 3 && !numberedData) || (grid is not null && headerTexts.Contains(PhraseKit.Fold(flat)))
                           || (lastWasHeader && IsHeaderContinuation(row, headerCols, texts, group));
            lastWasHeader = isHeader;
            if (isHeader)
            {
                grid = MergeHeader(grid, row, headerCols, texts);
                headerTexts.Add(PhraseKit.Fold(flat));
                continue;
            }

            if (grid is null)
            {
                continue;
            }

            if (TableLines.StatedTotal(flat) is { } stated)
            {
                table.StatedTotal = stated;
                continue;
            }

            if (texts.Where(x => x.Length > 0).All(x => Regex.IsMatch(x, @"^\(?\d{1,2}\)?$")) && texts.Count(x => x.Length > 0) >= 3)
            {
                continue; // the column-index row "1 2 3 4 5 6"
            }

            var cells = CellsByColumn(row, grid, texts);
            var refText = cells.TryGetValue(Col.Ref, out var r) ? PhraseKit.Collapse(string.Join(' ', r)) : "";
            var nonEmpty = texts.Count(x => x.Length > 0);
            var heading = nonEmpty <= 2 ? TableLines.Group(flat, group) : null;
            if (heading is null && refText.Length > 0 && !char.IsDigit(refText[0]) && nonEmpty <= 2)
            {
                // "II | Cải cách thể chế", "A | Chuyển đổi số": the TT cell numbers the group, whatever the title's case.
                heading = TableLines.GroupFromCells(refText, string.Join(' ', texts.Where(x => x.Length > 0).Skip(1)), group);
            }

            if (heading is not null)
            {
                if (heading.IsSubGroup && group is not null)
                {
                    heading = heading with { Number = group.Number, Area = group.Area ?? heading.Area };
                }

                group = heading;
                table.Groups.Add(heading);
                task = null;
                lastNumber = 0;
                firstOnPage = false;
                continue;
            }

            var number = RowNumber().Match(refText);
            if (number.Success && group is null && !number.Groups[2].Success)
            {
                // A table numbered 1, 2, 3 … without group rows: its tasks form one group.
                group = new RawGroup("", null, 1, null, null, false);
                table.Groups.Add(group);
            }

            if (number.Success && number.Groups[2].Success && task is not null && plainNumber
                && int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == task.Number)
            {
                // "2.1", "2.2" under the task numbered 2: its sub-rows, not new tasks.
                var part = new SubRow();
                foreach (var (col, lines) in cells.Where(kv => kv.Key != Col.Ref))
                {
                    part.Append(col, lines);
                }

                task.SubRows.Add(part);
            }
            else if (number.Success && group is not null)
            {
                plainNumber = !number.Groups[2].Success;
                var n = int.Parse(number.Groups[2].Success ? number.Groups[2].Value : number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (n <= lastNumber)
                {
                    table.Warnings.Add(ImportWarning.Of(ImportWarningCodes.DuplicateRowNumber, $"{n}").About($"{group.Number}.{n}"));
                }

                task = new RawTask { Group = group, Number = n };
                table.Tasks.Add(task);
                lastNumber = n;
                var sub = new SubRow();
                foreach (var (col, lines) in cells.Where(kv => kv.Key != Col.Ref))
                {
                    sub.Append(col, lines);
                }

                task.SubRows.Add(sub);
            }
            else if (task is not null && refText.Length == 0)
            {
                // A row cut by a page break continues the last row's cells; otherwise it is a continuation row.
                var target = firstOnPage && row.Page > 0 && IsCutRow(task.SubRows[^1], cells) ? task.SubRows[^1] : new SubRow();
                foreach (var (col, lines) in cells.Where(kv => kv.Key != Col.Ref))
                {
                    target.Append(col, lines);
                }

                if (!ReferenceEquals(target, task.SubRows[^1]))
                {
                    task.SubRows.Add(target);
                }
                else
                {
                    // A date cut by the page break ("Tháng 11/202" | "7") is one date again.
                    foreach (var lines in target.Cells.Values)
                    {
                        BrokenNumbers.Rejoin(lines);
                    }
                }
            }

            firstOnPage = false;
        }

        if (grid is not null)
        {
            table.Columns = grid.Where(c => c is not null).Select(c => c!.Value).Distinct().Order().ToList();
        }

        return table;
    }

    /// <summary>The second row of a two-row header: short header words in at least two cells, and not a group heading
    /// (a repeated header row is followed by "A. NHIỆM VỤ TRỌNG TÂM", which names no column).</summary>
    private static bool IsHeaderContinuation(SourceRow row, List<Col?> headerCols, List<string> texts, RawGroup? group)
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
    private static bool IsCutRow(SubRow last, Dictionary<Col, List<string>> cells)
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
    private static string RefCell(SourceRow row, Col?[] grid, List<string> texts)
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

    private static Col?[] MergeHeader(Col?[]? grid, SourceRow row, List<Col?> headerCols, List<string> texts)
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

    private static Dictionary<Col, List<string>> CellsByColumn(SourceRow row, Col?[] grid, List<string> texts)
    {
        var cells = new Dictionary<Col, List<string>>();
        var x = 0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            var col = x < grid.Length ? grid[x] : null;
            x += cell.Span;
            if (col is null || cell.IsMergedContinuation || texts[i].Length == 0)
            {
                continue;
            }

            if (!cells.TryGetValue(col.Value, out var list))
            {
                cells[col.Value] = list = [];
            }

            list.AddRange(cell.Lines.Select(l => PhraseKit.Normalize(l)).Where(l => l.Trim().Length > 0));
        }

        return cells;
    }

    [GeneratedRegex(@"^(\d{1,3})(?:\.(\d{1,3}))?\.?$")]
    private static partial Regex RowNumber();
}
