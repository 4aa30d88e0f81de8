namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Finds task tables in flattened text (a PDF or DOCX text extraction, where cells became runs of lines) and rebuilds
/// their rows: header, group headings, numbered rows, page-break noise, the stated total; then each row's lines are
/// cut into cells by <see cref="CellSegmenter"/>.
/// </summary>
internal static class TextTableReader
{
    public static RawTable Read(IReadOnlyList<string> lines)
    {
        var first = TextTableHeader.Find(lines, 0);
        var table = (first is { } found ? BlockTable.Read(lines, found) : null) ?? new RawTable(); // text in reading order, block by block
        var start = table.Tasks.Count > 0 ? lines.Count : 0;
        while (start < lines.Count)
        {
            var header = start == 0 ? first : TextTableHeader.Find(lines, start);
            if (header is null)
            {
                break;
            }

            var (headerStart, headerEnd, columns) = header.Value;
            if (table.Columns.Count == 0)
            {
                table.Columns = columns;
            }

            for (var i = headerStart; i < headerEnd; i++)
            {
                table.TableLines.Add(i);
            }

            start = ReadBody(lines, headerStart, headerEnd, columns, table);
        }

        return table;
    }

    private static int ReadBody(IReadOnlyList<string> lines, int headerStart, int headerEnd, IReadOnlyList<Col> columns, RawTable table)
    {
        var repeated = new RepeatedHeader(lines, headerStart, headerEnd);
        RawGroup? group = null;
        TextPendingRow? row = null;
        var rows = new List<TextPendingRow>();
        var lastNumber = 0;
        var runOn = 0; // the last row number of the groups above, for numbering that runs on across groups
        var pageBreak = false;
        var i = headerEnd;
        var headingOpen = false;
        var plainRow = false;
        var dottedRow = false;
        var titles = new Dictionary<int, string>();
        var lateTitles = new HashSet<int>();
        for (; i < lines.Count; i++)
        {
            var raw = lines[i];
            var t = raw.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (repeated.Length(lines, i) is var repeat and > 0)
            {
                // The header repeated at a page break.
                for (var x = 0; x < repeat; x++)
                {
                    table.TableLines.Add(i + x);
                }

                i += repeat - 1;
                pageBreak = true;
                continue;
            }

            if (TableLines.StatedTotal(t) is { } total)
            {
                table.StatedTotal = total;
                table.TableLines.Add(i);
                i++;
                break;
            }

            if (TableLines.IsSignatureTimestamp(t) || TableLines.EndsTable(t))
            {
                break;
            }

            if (TableLines.IsColumnIndexRow(t))
            {
                table.TableLines.Add(i);
                continue;
            }

            if (TableLines.RowStart(t) is { Number: 1, Major: null } && group is not null && lastNumber > 1 && DetachedGroupNumbers.LateTitle(lines, i, group) is { } late)
            {
                lateTitles.Add(late.Line);
                group = late.Group;
                table.Groups.Add(group);
                runOn = Math.Max(runOn, lastNumber);
                lastNumber = 0;
            }

            if (TableLines.IsBareNumber(t) && repeated.IsPageNumber(lines, i, lastNumber, runOn))
            {
                table.TableLines.Add(i);
                pageBreak = true;
                continue;
            }

            table.TableLines.Add(i);
            if (lateTitles.Contains(i))
            {
                continue; // a group title printed after its rows, read where its rows start
            }

            if (DetachedGroupNumbers.Find(lines, i, group) is { } detached && !titles.ContainsKey(detached.Line))
            {
                titles[detached.Line] = detached.Heading; // the numeral stands apart; the group starts at its title
                continue;
            }

            var g = TableLines.Group(titles.Remove(i, out var heading) ? heading : t, group) ?? ArabicTextGroups.At(lines, i, group);
            if (g is not null)
            {
                if (g.IsSubGroup && group is not null)
                {
                    g = g with { Number = group.Number, Area = group.Area ?? g.Area };
                }

                group = g;
                table.Groups.Add(g);
                row = null;
                runOn = Math.Max(runOn, lastNumber);
                lastNumber = 0;
                dottedRow = false;
                headingOpen = true;
                pageBreak = false;
                continue;
            }

            var start = TableLines.RowStart(t);
            if (start is { Major: { } major } && row is not null && plainRow && major == row.Task.Number)
            {
                start = null; // "2.1. …" under the row numbered 2: a sub-row of it, not row 1 of group 2
            }

            if (start is { Major: null } && dottedRow)
            {
                start = null; // the group's rows carry its number ("3.2"): a bare figure opening a line ("05 TTHC") is text
            }

            if (start is { Major: null, Number: 1 } && group is null)
            {
                // A table numbered 1, 2, 3 … without group rows: its tasks form one group.
                group = new RawGroup("", null, 1, null, null, false);
                table.Groups.Add(group);
            }

            if (start is { } s && group is not null && Plausible(s.Number, s.Major, lastNumber, runOn, group))
            {
                if (s.Number <= lastNumber)
                {
                    table.Warnings.Add(ImportWarning.Of(ImportWarningCodes.DuplicateRowNumber, $"{s.Number}").About(group.IsPart ? group.RefOf(s.Number) : $"{group.Number}.{s.Number}"));
                }

                row = new TextPendingRow { Task = new RawTask { Group = group, Number = s.Number } };
                rows.Add(row);
                if (s.Text.Length > 0)
                {
                    row.Add(s.Text, false);
                }

                lastNumber = s.Number;
                plainRow = s.Major is null;
                dottedRow = s.Major is not null;
                headingOpen = false;
                pageBreak = false;
                continue;
            }

            if (row is null)
            {
                if (headingOpen && group is not null && table.Groups.Count > 0 && t.Length < 60 && string.Equals(t.ToUpperInvariant(), t, StringComparison.Ordinal))
                {
                    // A group heading wrapped onto a second line ("… CHÍNH QUYỀN" / "SỐ").
                    var joined = group with { Heading = group.Heading + " " + PhraseKit.Collapse(t) };
                    joined = joined with { Area = joined.Area ?? PhraseKit.AreaFromHeading(joined.Heading), StatedCount = joined.StatedCount ?? TableLines.StatedCount(joined.Heading) };
                    table.Groups[^1] = joined;
                    group = joined;
                }

                continue;
            }

            row.Add(raw, pageBreak);
            pageBreak = false;
        }

        if (InterleavedRows.Detect(rows, columns))
        {
            InterleavedRows.Read(rows, columns, lines);
        }
        else
        {
            ContentOrderCells.Segment(rows, columns);
        }

        TimeFundingSplit.Apply(rows, columns);

        table.Tasks.AddRange(rows.Select(r => r.Task));
        if (Environment.GetEnvironmentVariable("PARPLAN_DEBUG_TABLE") == "1")
        {
            Console.Error.WriteLine("columns: " + string.Join(", ", columns));
            foreach (var r in rows)
            {
                Console.Error.WriteLine($"== {r.Task.Group.Number}.{r.Task.Number}");
                foreach (var sub in r.Task.SubRows)
                {
                    Console.Error.WriteLine("  --");
                    foreach (var (col, cell) in sub.Cells)
                    {
                        Console.Error.WriteLine($"    {col}: {string.Join(" / ", cell)}");
                    }
                }
            }
        }

        return i;
    }

    /// <summary>The next row number of the group: 1 to 3 more than its last one, or, for a group's first row in a table
    /// whose numbering runs on across groups ("Nhóm 2" opening at 4), 1 to 3 more than the groups above ended at.</summary>
    private static bool Plausible(int number, int? major, int last, int runOn, RawGroup group)
    {
        if (major is not null && major != group.Number)
        {
            return false;
        }

        return Next(number, major, last, runOn);
    }

    public static bool Next(int number, int? major, int last, int runOn) =>
        (number > last && number - last <= 3) || (last == 0 && major is null && number > runOn && number - runOn <= 3);
}
