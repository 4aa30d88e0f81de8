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
        var arabicGroups = false;
        var mergeStarts = new Dictionary<int, SourceCell>();
        for (var at = 0; at < blocks.Count; at++)
        {
            var block = blocks[at];
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
            TableColumns.MarkStart(headerCols, texts);
            TableColumns.MarkContent(headerCols, texts);
            // A row numbered in its TT cell under a known header is data, even when its cells hold header words
            // ("… tổ chức thực hiện", "nhiệm vụ", "kết quả").
            var numberedData = grid is not null && Regex.IsMatch(GridRows.RefCell(row, grid, texts), @"^\d{1,3}(\.\d{1,3})*\.?$");
            var isHeader = (headerCols.Count(c => c is not null) >= 3 && !numberedData) || (grid is not null && headerTexts.Contains(PhraseKit.Fold(flat)))
                           || (lastWasHeader && GridRows.IsHeaderContinuation(row, headerCols, texts, group));
            lastWasHeader = isHeader;
            if (isHeader)
            {
                grid = GridRows.MergeHeader(grid, row, headerCols, texts);
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

            var cells = GridRows.CellsByColumn(row, grid, texts);
            GridRows.NoteMergeStarts(row, mergeStarts); // a merged cell's own row notes where it starts
            var refText = cells.TryGetValue(Col.Ref, out var r) ? PhraseKit.Collapse(string.Join(' ', r)) : "";
            var nonEmpty = texts.Count(x => x.Length > 0);
            var heading = nonEmpty <= 2 ? TableLines.Group(flat, group) : null;
            if (heading is null && refText.Length > 0 && !char.IsDigit(refText[0]) && nonEmpty <= 2)
            {
                // "II | Cải cách thể chế", "A | Chuyển đổi số": the TT cell numbers the group, whatever the title's case.
                heading = TableLines.GroupFromCells(refText, string.Join(' ', texts.Where(x => x.Length > 0).Skip(1)), group);
            }

            if (heading is null && (group is null || arabicGroups) && nonEmpty == 2 && refText.Length > 0 && char.IsDigit(refText[0])
                && GridRows.NumberedGroupRow(row, grid.Length, texts, GridRows.NextRowNumber(blocks, at, grid)) is { } numbered)
            {
                heading = numbered;
                arabicGroups = true;
            }

            if (heading is null && (group is null || arabicGroups) && GridRows.ArabicGroupRow(row, grid.Length, flat) is { } arabic)
            {
                heading = arabic;
                arabicGroups = true;
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
                    table.Warnings.Add(ImportWarning.Of(ImportWarningCodes.DuplicateRowNumber, $"{n}").About(group.IsPart ? group.RefOf(n) : $"{group.Number}.{n}"));
                }

                GridRows.InheritMerged(row, grid, mergeStarts, cells);
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
                var target = firstOnPage && row.Page > 0 && GridRows.IsCutRow(task.SubRows[^1], cells) ? task.SubRows[^1] : new SubRow();
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

    [GeneratedRegex(@"^(\d{1,3})(?:\.(\d{1,3}))?\.?$")]
    private static partial Regex RowNumber();
}
