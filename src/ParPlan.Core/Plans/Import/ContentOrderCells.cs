namespace ParPlan.Core.Plans.Import;

/// <summary>The cells of a text task table's rows, where each row's lines are its cells one after another.</summary>
internal static class ContentOrderCells
{
    /// <summary>Cuts each row's lines (cells one after another) into cells, twice: the first pass measures column widths.</summary>
    public static void Segment(List<TextPendingRow> rows, IReadOnlyList<Col> columns)
    {
        var prepared = rows.ToDictionary(r => r, r => r.Parts().Select(p => Chunk.Prepare(CellTailAfterBreak.Mend(TornFirstLine.Mend(p), columns))).ToList());
        var subColumns = columns.Where(c => c is not (Col.Ref or Col.Objective)).ToList();
        var widths = new ColumnWidths();
        for (var pass = 0; pass < 2; pass++)
        {
            var lengths = new List<(Col, int)>();
            // The first pass only measures column widths: a sample of rows is enough.
            foreach (var r in pass == 0 ? rows.Where((_, x) => x % 3 == 0 || rows.Count < 24) : rows)
            {
                r.Task.SubRows.Clear();
                var parts = prepared[r];
                if (parts.Count == 1)
                {
                    var (subRows, lineLengths) = CellSegmenter.Segment(parts[0], columns, pass == 0 ? null : widths);
                    r.Task.SubRows.AddRange(subRows);
                    lengths.AddRange(lineLengths);
                    continue;
                }

                // Sub-rows numbered under one TT: the lines above them are the merged objective (or the task's title where
                // the table has no objective column); each sub-row is cut into its own cells.
                var head = r.Parts()[0];
                for (var p = 1; p < parts.Count; p++)
                {
                    var (subRows, lineLengths) = CellSegmenter.Segment(parts[p], subColumns, pass == 0 ? null : widths);
                    r.Task.SubRows.AddRange(subRows);
                    lengths.AddRange(lineLengths);
                }

                if (head.Count > 0)
                {
                    var lead = new SubRow();
                    lead.Append(columns.Contains(Col.Objective) ? Col.Objective : Col.Title, head.Select(h => h.Text));
                    if (columns.Contains(Col.Objective))
                    {
                        foreach (var (col, cell) in r.Task.SubRows[0].Cells)
                        {
                            lead.Append(col, cell);
                        }

                        r.Task.SubRows[0] = lead;
                    }
                    else
                    {
                        r.Task.SubRows.Insert(0, lead);
                    }
                }
            }

            if (pass == 0)
            {
                widths = ColumnWidths.Measure(lengths);
            }
        }
    }
}
