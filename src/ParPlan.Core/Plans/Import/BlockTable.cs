namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Reads a task table from text extracted in reading order, block by block (the default shape of a PDF text
/// extraction): the header's cells stand in blocks apart by blank lines, each row's number stands alone on its line,
/// and the row's cells follow as blocks whose lines may hold pieces of neighbouring cells printed on the same line
/// ("Phòng Văn hóa HĐND và UBND Xã hội; Phòng"). Rows are gathered from the blocks between row numbers; each row's
/// lines are cut into cells by <see cref="BlockCells"/>. Group headings may stand apart from their numeral ("TT" / "I"
/// … "CÔNG TÁC …") or after their rows (a heading printed below its rows at a page's foot).
/// </summary>
internal static class BlockTable
{
    /// <summary>The table under the text's first task-table <paramref name="header"/> read block by block, or null when
    /// the text is not in that shape.</summary>
    public static RawTable? Read(IReadOnlyList<string> lines, (int Start, int End, IReadOnlyList<Col> Columns) header)
    {
        var centred = false; // rows from vertically centred cells, their number on their middle line (BlockCentred)
        if (TextTableHeader.DoubleSpaced(lines, header.End))
        {
            return null; // a blank line after every line: the blank lines part no blocks (the interleaved readings take it)
        }

        if (!HeaderInBlocks(lines, header.Start, header.End) || !RowsInBlocks(lines, header.End))
        {
            if (!BlockCentred.Shape(lines, header.End))
            {
                return null;
            }

            centred = true;
        }

        var headerLines = Enumerable.Range(header.Start, header.End - header.Start).Select(i => PhraseKit.Fold(lines[i].Trim()))
            .Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        var table = new RawTable();
        var groups = new List<RawGroup>();
        var rows = new List<(int Group, int Number, List<List<string>> Blocks)>();
        var starts = new List<int>(); // each row's first line
        var items = new List<(int Line, string Text, bool NewBlock)>();
        var headingEnd = header.End - 1;
        var numberLine = -1;
        var lastNumber = 0;
        var placeholder = -1; // a group opened by a row "1" whose heading was not printed yet
        var groupSinceRow = false;
        string? numeral = null;
        string? letter = null;
        var newBlock = true;
        var end = header.End;
        for (var i = header.End; i < lines.Count; i++, end = i)
        {
            var t = lines[i].Trim();
            if (t.Length == 0)
            {
                newBlock = true;
                continue;
            }

            if (TableLines.EndsTable(t) || TableLines.IsSignatureTimestamp(t) || TableLines.StatedTotal(t) is not null)
            {
                table.StatedTotal = TableLines.StatedTotal(t);
                break;
            }

            if (t.Length <= 5 && TableLines.RomanValue(t.TrimEnd('.')) > 0)
            {
                numeral = t.TrimEnd('.');
                continue;
            }

            if (t.Length == 1 && t[0] is (>= 'A' and <= 'H') or 'Đ' && groups.Count > 0)
            {
                letter = t; // a sub-group's letter standing apart from its title ("A" … "Kiểm soát thủ tục hành chính")
                continue;
            }

            if (headerLines.Contains(PhraseKit.Fold(t)) || TableLines.IsColumnIndexRow(t))
            {
                continue;
            }

            var current = groups.Count > 0 ? groups[^1] : null;
            // A heading whose numeral stands apart: printed before it, or lost in the header's block ("TT" / "I").
            numeral ??= Upper(t) && NextIsFirstRow(lines, i) ? Romans[Math.Min(Romans.Length - 1, groups.LastOrDefault(x => !x.IsSubGroup)?.Number ?? 0)] : null;
            var g = TableLines.Group(t, current) ?? (numeral is not null && Upper(t) ? TableLines.Group($"{numeral}. {t}", current) : null)
                ?? (letter is not null && NextIsFirstRow(lines, i) ? TableLines.Group($"{letter}. {t}", current) : null)
                ?? (centred ? ArabicTextGroups.Heading(t, current) : null);
            if (g is not null)
            {
                numeral = null;
                letter = null;
                var main = groups.LastOrDefault(x => !x.IsSubGroup);
                if (!g.IsSubGroup && placeholder >= 0 && groups[placeholder].Number == g.Number)
                {
                    groups[placeholder] = g; // the heading of rows printed above it
                    placeholder = -1;
                    continue;
                }

                if (!g.IsSubGroup && !g.IsPart && main is not null && g.Number <= main.Number && rows.Count > 0)
                {
                    break; // a body section after the table ("III. TỔ CHỨC THỰC HIỆN")
                }

                groups.Add(g);
                headingEnd = i;
                placeholder = -1;
                groupSinceRow = true;
                lastNumber = 0;
                continue;
            }

            var marker = centred ? BlockCentred.Marker(t, anyCase: true) : TableLines.IsBareNumber(t) ? (int.Parse(t, System.Globalization.CultureInfo.InvariantCulture), "") : null;
            if (marker is (var n, var markerText) && (n == lastNumber + 1 || (n == 1 && lastNumber > 1)))
            {
                var firstOfGroup = groupSinceRow || rows.Count == 0;
                if (n == 1 && (groups.Count == 0 || (!groupSinceRow && lastNumber > 1)))
                {
                    var number = groups.Count == 0 ? 1 : groups.Last(x => !x.IsSubGroup).Number + 1;
                    groups.Add(new RawGroup("", null, number, null, null, false));
                    placeholder = groups.Count > 1 ? groups.Count - 1 : -1;
                }

                rows.Add((groups.Count - 1, n, []));
                starts.Add(centred ? BlockCentred.RowStart(lines, i, numberLine, headingEnd, firstOfGroup) : i);
                numberLine = i;
                lastNumber = n;
                groupSinceRow = false;
                newBlock = true;
                if (markerText.Length == 0)
                {
                    continue;
                }

                t = markerText;
            }

            items.Add((i, t, newBlock));
            newBlock = false;
        }

        // Each line goes to the last row starting at or above it; a new block opens at a blank line or a new row.
        var row = -1;
        foreach (var (line, text, opens) in items)
        {
            var r = row;
            while (r + 1 < rows.Count && starts[r + 1] <= line)
            {
                r++;
            }

            if (r < 0)
            {
                continue;
            }

            var blocks = rows[r].Blocks;
            if (opens || r != row || blocks.Count == 0)
            {
                blocks.Add([]);
            }

            blocks[^1].Add(text);
            row = r;
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var columns = header.Columns.Where(c => c != Col.Ref).ToList();
        var cut = BlockCells.Cut(rows.Select(r => r.Blocks).ToList(), columns, lines, rows.Select(r => r.Group).ToList());
        table.Columns = header.Columns;
        table.Groups.AddRange(groups.Distinct());
        for (var r = 0; r < rows.Count; r++)
        {
            var task = new RawTask { Group = groups[rows[r].Group], Number = rows[r].Number };
            task.SubRows.Add(cut[r]);
            table.Tasks.Add(task);
        }

        for (var i = header.Start; i < end; i++)
        {
            table.TableLines.Add(i);
        }

        return table;
    }

    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    private static bool Upper(string t) => t.Contains(' ', StringComparison.Ordinal) && t.Count(char.IsLetter) >= 6
        && t.Count(char.IsUpper) >= t.Count(char.IsLetter) * 0.8;

    private static bool NextIsFirstRow(IReadOnlyList<string> lines, int i)
    {
        for (var j = i + 1; j < lines.Count && j < i + 4; j++)
        {
            if (lines[j].Trim() is { Length: > 0 } next)
            {
                return next == "1";
            }
        }

        return false;
    }

    /// <summary>The header's cells stand in blocks: at least two blank lines between its first and last line.</summary>
    private static bool HeaderInBlocks(IReadOnlyList<string> lines, int start, int end)
    {
        var last = Enumerable.Range(start, end - start).LastOrDefault(i => lines[i].Trim().Length > 0, start);
        return Enumerable.Range(start, last - start).Count(i => lines[i].Trim().Length == 0) >= 2;
    }

    /// <summary>Most row numbers stand alone as a block's last line (a blank line after them), at least three, and
    /// rows opening with their number before their text are few.</summary>
    private static bool RowsInBlocks(IReadOnlyList<string> lines, int from)
    {
        int alone = 0, numbered = 0, withText = 0;
        for (var i = from; i < lines.Count; i++)
        {
            var t = lines[i].Trim();
            if (TableLines.IsBareNumber(t) && i + 1 < lines.Count)
            {
                numbered++;
                alone += lines[i + 1].Trim().Length == 0 ? 1 : 0;
            }
            else if (TableLines.RowStart(t) is { Major: null, Text.Length: > 0 })
            {
                withText++; // "1 Xây dựng …": the row's number and its first line printed together, read by the other readings
            }
        }

        return alone >= 3 && alone * 2 >= numbered && alone > withText * 2;
    }
}
