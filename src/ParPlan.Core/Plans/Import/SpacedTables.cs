using System.Text.RegularExpressions;
using ParPlan.Core.Documents;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Task tables in text that keeps the page's layout: each cell stays at its place on the line and columns are
/// separated by runs of spaces ("  1   Xây dựng Kế hoạch cải   Phòng Văn hóa - Văn phòng    Trước ngày"), the
/// neighbouring cells' lines side by side, sometimes only one space apart. The header row (its cells may wrap over
/// two or three lines, a cell may span two columns: "Trách nhiệm" over "Chủ trì | Phối hợp") names the columns and
/// places them; the border between two columns is where no word of the table's lines crosses, between the two header
/// cells. Each line is then cut at those borders, a row starts at its TT number, a line whose TT cell holds a Roman
/// numeral or a letter is a group row, and a line that opens with a sub-number "2.1." in the task column starts a
/// sub-row (its TT and objective cells span from above). The rows become real table rows, read by their header like
/// a DOCX table (see <see cref="PipeTables"/>). Text without such a table is returned unchanged.
/// </summary>
internal static partial class SpacedTables
{
    public static SourceDocument Rebuild(SourceDocument document)
    {
        if (document.Format != SourceFormat.Text || document.Blocks.Any(b => b is not SourceLine)
            || !document.Blocks.Any(b => SpacedHeader.OpensWithNumberColumn(((SourceLine)b).Text)))
        {
            return document;
        }

        var blocks = document.Blocks.Cast<SourceLine>().Select(l => l.Text.Contains('\t', StringComparison.Ordinal) ? l with { Text = l.Text.Replace('\t', ' ') } : l).ToList();
        var result = new List<SourceBlock>(blocks.Count);
        var found = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (SpacedHeader.Find(blocks, i) is not { } header)
            {
                result.Add(document.Blocks[i]);
                continue;
            }

            var rows = new List<SourceBlock>();
            var end = ReadTable(blocks, header, rows);
            if (rows.Count(r => r is SourceRow { Cells.Count: > 2 }) < 3)
            {
                result.Add(document.Blocks[i]);
                continue;
            }

            // Lines above the header row that were read as part of it (wrapped header cells) are dropped with it.
            result.RemoveRange(result.Count - (i - header.First), i - header.First);
            result.AddRange(rows);
            found = true;
            i = end - 1;
        }

        return found ? document with { Blocks = result } : document;
    }

    /// <summary>Reads the table below <paramref name="header"/>; returns the index of the first line after it.</summary>
    private static int ReadTable(List<SourceLine> lines, SpacedHeader header, List<SourceBlock> rows)
    {
        var start = header.Last + 1;
        var end = start;
        for (; end < lines.Count; end++)
        {
            var text = lines[end].Text;
            if (text.Trim().Length > 0 && (TableLines.EndsTable(text.Trim()) || IsProse(text)))
            {
                break;
            }
        }

        var width = header.Cells.Count;
        var headerPage = lines[header.Anchor].Page;
        var table = header.Borders([.. lines.Skip(start).Take(end - start).Where(l => l.Page == headerPage).Select(l => l.Text)]);
        var borders = lines.GetRange(start, end - start).GroupBy(l => l.Page)
            .ToDictionary(g => g.Key, g => g.Key == headerPage ? table : SpacedHeader.PageBorders([.. g.Select(l => l.Text)], table));
        var titleColumn = Math.Max(1, header.Cells.FindIndex(c => c.Col == Col.Title));
        var centred = CentredRows(lines, start, end, borders, titleColumn);
        var margin = table[0];
        if (centred)
        {
            // Cells centred in their columns: the borders are the rivers of blanks the lines leave (see SpacedRivers),
            // on a later page between the cells of the header printed again there, when it is.
            var again = RepeatedHeaders(lines, start, end).Headers.Where(h => h.Cells.Count == width).GroupBy(h => lines[h.Anchor].Page).ToDictionary(g => g.Key, g => g.First());
            table = SpacedRivers.Between(header.Cells, [.. lines.Skip(start).Take(end - start).Where(l => l.Page == headerPage).Select(l => l.Text)]);
            borders = lines.GetRange(start, end - start).GroupBy(l => l.Page)
                .ToDictionary(g => g.Key, g => g.Key == headerPage ? table
                    : again.TryGetValue(g.Key, out var h) ? SpacedRivers.Between(h.Cells, [.. g.Select(l => l.Text)])
                    : SpacedRivers.Moved([.. g.Select(l => l.Text)], table, 5));
        }

        var unitColumns = Enumerable.Range(0, width).Where(k => header.Cells[k].Col is Col.Lead or Col.Support).ToHashSet();
        rows.Add(new SourceRow([.. header.Cells.Select(c => new SourceCell([c.Text]))], lines[header.Anchor].Page));
        RawGroup? group = null;
        var blocks = new List<(int Merged, List<SourceLine> Lines)>();
        var orphans = new List<SourceLine>();
        List<SourceLine> TitleAbove(List<SourceLine> pool, int min)
        {
            for (var k = pool.Count - 1; k >= min; k--)
            {
                if (SpacedLineCut.Cut(pool[k].Text, borders[pool[k].Page])[titleColumn] is [var c, ..] && char.IsUpper(c))
                {
                    var taken = pool.GetRange(k, pool.Count - k);
                    pool.RemoveRange(k, pool.Count - k);
                    return taken;
                }
            }

            return [];
        }

        var taskBlock = -1;
        void Flush()
        {
            foreach (var (merged, block) in blocks)
            {
                // A row's own borders: its cells' lines start at one place, which may lie a few characters from the
                // table's (such text places each run of words where it fits).
                // A row going on at the top of the next page is cut at that page's borders.
                var own = block.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => centred
                    ? SpacedRivers.Moved([.. g.Select(l => l.Text)], borders[g.Key], 7)
                    : SpacedHeader.RowBorders([.. block.Select(l => l.Text)], borders[block[0].Page]));
                var cells = Enumerable.Range(0, width).Select(_ => new List<string>()).ToList();
                foreach (var line in block)
                {
                    var parts = NumberApart(SpacedLineCut.Cut(line.Text, own[line.Page], ReferenceEquals(line, block[0]), unitColumns));
                    if (parts[0].Length > 0 && !RowNumber().IsMatch(parts[0]) && !SubNumber().IsMatch(parts[0]))
                    {
                        // The TT column holds numbers only: other words there run over from the next cell.
                        parts[1] = (parts[0] + " " + parts[1]).Trim();
                        parts[0] = "";
                    }

                    for (var k = 0; k + 1 < width; k++)
                    {
                        if (header.Cells[k].Col is Col.Lead or Col.Support && header.Cells[k + 1].Col == Col.Time
                            && DeadlineTail().Match(parts[k]) is { Success: true } tail)
                        {
                            // A deadline's first word or date printed one space after a unit name belongs to the time cell.
                            parts[k] = parts[k][..tail.Index].TrimEnd();
                            parts[k + 1] = (tail.Value.Trim() + " " + parts[k + 1]).Trim();
                        }
                    }

                    for (var k = 0; k < width; k++)
                    {
                        if (parts[k].Length > 0)
                        {
                            cells[k].Add(parts[k]);
                        }
                    }
                }

                rows.Add(new SourceRow([.. cells.Select((c, k) => new SourceCell(c, 1, k < merged))], block[0].Page));
            }

            blocks.Clear();
        }

        var segment = new List<SpacedRows.Entry>();
        void Rows()
        {
            if (segment.Count > 0)
            {
                blocks.AddRange(SpacedRows.Group(segment, titleColumn,
                    l => SpacedLineCut.Cut(l.Text, borders[l.Page])[titleColumn] is [var c, ..] && char.IsUpper(c)));
                segment.Clear();
            }
        }

        // A heading across the whole row: the rows before it are complete, and no line before it is a later row's title.
        void HeadingRow(List<string> cells, int page)
        {
            Rows();
            Flush();
            orphans.Clear();
            rows.Add(PipeTables.Row(cells, width, page));
            taskBlock = -1;
        }

        var repeated = RepeatedHeaders(lines, start, end).Lines;
        for (var i = start; i < end; i++)
        {
            var text = lines[i].Text;
            var parts = NumberApart(SpacedLineCut.Cut(text, borders[lines[i].Page]));
            if (repeated.Contains(i) || parts.All(p => p.Length == 0) || TableLines.IsColumnIndexRow(text) || IsPageNumber(parts))
            {
                continue;
            }

            if (ArabicHeading().IsMatch(text) && text.IndexOf(' ', text.IndexOf('.', StringComparison.Ordinal)) + 1 < Math.Max(margin, borders[lines[i].Page][0])
                && !text.Trim().Contains("  ", StringComparison.Ordinal))
            {
                // "1. Công tác chỉ đạo" at the margin, its words running from the TT cell into the next one: a heading
                // across the whole row, read as an Arabic-numbered group by the table reader (a task's number stands
                // alone in its TT cell).
                HeadingRow([PhraseKit.Collapse(text)], lines[i].Page);
                continue;
            }

            if (NamedGroup(text, group) is { } named)
            {
                // "Phần I. Cải cách thể chế", "Nhóm 2: …" at the margin: a group heading across the whole row.
                group = named;
                HeadingRow([PhraseKit.Collapse(text)], lines[i].Page);
                continue;
            }

            var mark = GroupLine().Match(text.Trim());
            var (tt, rest) = mark.Success && text.Length - text.TrimStart().Length <= 2
                ? (mark.Groups[1].Value, mark.Groups[2].Value)
                : (parts[0], string.Join(' ', parts.Skip(1).Where(p => p.Length > 0)));
            if (GroupMark().IsMatch(tt) && TableLines.GroupFromCells(tt, PhraseKit.Collapse(rest), group) is { } g)
            {
                group = g;
                HeadingRow([tt, PhraseKit.Collapse(rest)], lines[i].Page);
                continue;
            }

            var subRow = parts[0].Length == 0 && (taskBlock >= 0 || centred) && SubNumber().IsMatch(parts[titleColumn]);
            if (centred)
            {
                segment.Add(new SpacedRows.Entry(lines[i], RowNumber().IsMatch(parts[0]), subRow));
            }
            else if (RowNumber().IsMatch(parts[0]) || subRow)
            {
                // A row centred in its cells prints its number beside the middle of its title: the row begins at the
                // title's first line above, the nearest one opening with a capital.
                var above = subRow || parts[titleColumn] is [var c, ..] && !char.IsLower(c) ? new List<SourceLine>() : TitleAbove(blocks.Count > 0 ? blocks[^1].Lines : orphans, blocks.Count > 0 ? 1 : 0);
                blocks.Add((subRow ? titleColumn : 0, [.. above, lines[i]]));
                taskBlock = subRow ? taskBlock : blocks.Count - 1;
                orphans.Clear();
            }
            else if (blocks.Count > 0)
            {
                blocks[^1].Lines.Add(lines[i]);
            }
            else
            {
                orphans.Add(lines[i]);
            }
        }

        Rows();
        Flush();
        return end;
    }

    /// <summary>A group heading named by a word and its number ("Phần II. …", "Nhóm 3: …") on a line of its own at the
    /// margin (no wide gap in it: no other cell beside it), or null.</summary>
    private static RawGroup? NamedGroup(string line, RawGroup? current)
    {
        var text = line.Trim();
        return line.Length - line.TrimStart().Length <= 2 && text.Length > 0 && char.IsLetter(text[0]) && !GroupLine().IsMatch(text)
               && !text.Contains("  ", StringComparison.Ordinal) && TableLines.Group(PhraseKit.Normalize(text), current) is { IsSubGroup: false } g ? g : null;
    }

    /// <summary>A paragraph of running text: long, opening at the margin, words one space apart.</summary>
    private static bool IsProse(string line) =>
        line.Length > 0 && line[0] != ' ' && line.TrimEnd().Length > 60 && !line.TrimEnd().Contains("  ", StringComparison.Ordinal)
        && TableLines.Group(PhraseKit.Normalize(line), null) is null;

    /// <summary>A page number printed in the table's area: a lone small number outside the TT column.</summary>
    private static bool IsPageNumber(string[] parts) =>
        parts[0].Length == 0 && parts.Count(p => p.Length > 0) == 1 && parts.First(p => p.Length > 0) is var p && p.Length <= 3 && p.All(char.IsAsciiDigit);

    [GeneratedRegex(@"(^|\s)((Thường|Trước|Quý|Tháng|Trong|Hằng|Hàng)( ngày)?|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4})$")]
    private static partial Regex DeadlineTail();

    [GeneratedRegex(@"^ {0,2}\d{1,2}\. \p{Lu}\S* \S")]
    private static partial Regex ArabicHeading();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.?(\s|$)")]
    private static partial Regex SubNumber();

    [GeneratedRegex(@"^([IVX]{1,5}|[A-HĐ])[.)]?\s+(\S.*)$")]
    private static partial Regex GroupLine();

    [GeneratedRegex(@"^([IVXivx]{1,5}|[A-HĐ])[.)]?$")]
    private static partial Regex GroupMark();
}
