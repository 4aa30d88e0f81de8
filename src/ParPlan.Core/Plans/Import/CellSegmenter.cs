namespace ParPlan.Core.Plans.Import;

/// <summary>Typical line length (characters) of each column, measured on a first segmentation of the table.</summary>
internal sealed class ColumnWidths
{
    private readonly Dictionary<Col, double> _widths = [];

    public double? this[Col col] => _widths.TryGetValue(col, out var w) ? w : null;

    public static ColumnWidths Measure(IEnumerable<(Col Col, int Length)> lines)
    {
        var result = new ColumnWidths();
        foreach (var group in lines.GroupBy(l => l.Col))
        {
            var sorted = group.Select(g => g.Length).Order().ToList();
            if (sorted.Count >= 4)
            {
                result._widths[group.Key] = sorted[(int)(sorted.Count * 0.8)];
            }
        }

        return result;
    }
}

/// <summary>
/// Cuts the lines of one flattened table row into cells. Lines (and, where a cue word starts mid-line, pieces of lines)
/// are assigned in order to the table's columns by dynamic programming over a score that rewards what cells look like:
/// unit names in the lead/support columns, a deadline in the time column, a funding source in the funding column,
/// lower-case continuations staying in their cell, line lengths that fit the column. Going back to an earlier column
/// starts a continuation row (or, after a page break or on a lower-case line, continues the cells of the same row).
/// </summary>
internal static class CellSegmenter
{
    private const int MaxCellChunks = 26;
    private const double NewRowCost = 6;
    private const double NarrowCutCost = 3;

    /// <summary>Going back to an earlier column on a lower-case line with no page-break mark (an unmarked page break).</summary>
    private const double LowerMergeCost = 4.5;

    public static (List<SubRow> SubRows, List<(Col Col, int Length)> LineLengths) Segment(
        IReadOnlyList<(string Text, bool AfterBreak)> lines, IReadOnlyList<Col> columns, ColumnWidths? widths) =>
        Segment(Chunk.Prepare(lines), columns, widths);

    public static (List<SubRow> SubRows, List<(Col Col, int Length)> LineLengths) Segment(
        List<Chunk> chunks, IReadOnlyList<Col> columns, ColumnWidths? widths)
    {
        var cols = columns.Where(c => c != Col.Ref).ToArray();
        var subRows = new List<SubRow>();
        var lengths = new List<(Col, int)>();
        if (chunks.Count == 0 || cols.Length == 0)
        {
            subRows.Add(new SubRow());
            return (subRows, lengths);
        }

        var n = chunks.Count;
        var k = cols.Length;
        var titleIndex = Array.IndexOf(cols, Col.Title);
        // A start column ("Thời gian bắt đầu") is cut like the deadline column beside it.
        var looks = cols.Select(c => c == Col.Start ? Col.Time : c).ToArray();
        var empty = looks.Select(LineCutter.EmptyCost).ToArray();
        var w = cols.Select(c => widths?[c]).ToArray();

        // best[i * k + c]: best score with chunks [0, i) placed and the last cell in column c; back[…] how it was reached.
        // The tables are the thread's own buffers, reused from row to row (a table cuts hundreds of rows).
        var buffers = _buffers ??= new Buffers();
        buffers.Ensure((n + 1) * k, k);
        var best = buffers.Best;
        var backJ = buffers.BackJ;
        var backP = buffers.BackP;
        var backKind = buffers.BackKind;
        best.AsSpan(0, (n + 1) * k).Fill(double.NegativeInfinity);
        backJ.AsSpan(0, (n + 1) * k).Clear();
        backP.AsSpan(0, (n + 1) * k).Clear();
        backKind.AsSpan(0, (n + 1) * k).Clear();
        var forward = buffers.Forward;
        var forwardFrom = buffers.ForwardFrom;
        var reset = buffers.Reset;
        var resetFrom = buffers.ResetFrom;
        var resetKind = buffers.ResetKind;
        forwardFrom.AsSpan(0, k).Clear();
        resetFrom.AsSpan(0, k).Clear();
        resetKind.AsSpan(0, k).Clear();
        for (var j = 0; j < n; j++)
        {
            // Best way to arrive at chunk j ready to open a cell in column c.
            for (var c = 0; c < k; c++)
            {
                forward[c] = double.NegativeInfinity;
                reset[c] = double.NegativeInfinity;
                if (j == 0)
                {
                    forward[c] = SumEmpty(empty, 0, c);
                    forwardFrom[c] = -1;
                    continue;
                }

                var midLine = !chunks[j].NewLine ? -1.5 : 0;
                for (var p = 0; p < c; p++)
                {
                    // A line cut once that fits in the column it starts in is one line of that cell, not fragments of two columns side by side.
                    var narrow = !chunks[j].NewLine && chunks[j].PiecesInLine == 2 && w[p] is { } wp && chunks[j].LineLength <= wp ? -NarrowCutCost : 0;
                    var s = best[(j * k) + p] + SumEmpty(empty, p + 1, c) + midLine + narrow;
                    if (s > forward[c])
                    {
                        forward[c] = s;
                        forwardFrom[c] = p;
                    }
                }

                if (!chunks[j].NewLine)
                {
                    continue;
                }

                for (var p = c; p < k; p++)
                {
                    if (double.IsNegativeInfinity(best[(j * k) + p]))
                    {
                        continue;
                    }

                    // Merge: the same row goes on (after a page break, or a lower-case line continuing a sentence).
                    var merge = chunks[j].AfterBreak ? -0.5 : chunks[j].Start == StartClass.Lower ? -LowerMergeCost : double.NegativeInfinity;
                    if (best[(j * k) + p] + merge > reset[c])
                    {
                        reset[c] = best[(j * k) + p] + merge;
                        resetFrom[c] = p;
                        resetKind[c] = 1;
                    }

                    if (chunks[j].Start != StartClass.Lower && cols[c] is Col.Title or Col.Activity)
                    {
                        var trailing = p <= titleIndex ? 0 : SumEmpty(empty, p + 1, k);
                        var s = best[(j * k) + p] - NewRowCost + trailing;
                        if (s > reset[c])
                        {
                            reset[c] = s;
                            resetFrom[c] = p;
                            resetKind[c] = 2;
                        }
                    }
                }
            }

            // A cell does not open on a lower-case line, except where a page break continues the cells of a row.
            var lowerStart = j > 0 && chunks[j].Start == StartClass.Lower && chunks[j].NewLine && !chunks[j].InBreakSegment;
            for (var c = 0; c < k; c++)
            {
                if (lowerStart && !(resetKind[c] == 1 && !double.IsNegativeInfinity(reset[c])))
                {
                    continue;
                }

                var entry = Math.Max(forward[c], reset[c]);
                if (double.IsNegativeInfinity(entry))
                {
                    continue;
                }

                var useReset = reset[c] > forward[c];
                var continuation = (useReset && resetKind[c] == 1) || chunks[j].InBreakSegment;
                var cell = new CellScorer(looks[c], chunks, j, w[c], continuation);
                var hasPlain = continuation && !double.IsNegativeInfinity(forward[c]);
                var plain = hasPlain ? new CellScorer(looks[c], chunks, j, w[c]) : default;
                var maxChunks = MaxChunks(looks[c]);
                for (var i = j + 1; i <= n && i - j <= maxChunks; i++)
                {
                    var s = reset[c] > forward[c] || !continuation ? entry + cell.Extend(i - 1) : double.NegativeInfinity;
                    if (s < -900 + entry)
                    {
                        break;
                    }

                    var chosen = useReset ? (j, resetFrom[c], resetKind[c]) : (j, forwardFrom[c], (byte)0);
                    if (hasPlain)
                    {
                        var alt = forward[c] + plain.Extend(i - 1);
                        if (alt > s)
                        {
                            s = alt;
                            chosen = (j, forwardFrom[c], (byte)0);
                        }
                    }

                    if (s > best[(i * k) + c])
                    {
                        best[(i * k) + c] = s;
                        backJ[(i * k) + c] = chosen.Item1;
                        backP[(i * k) + c] = chosen.Item2;
                        backKind[(i * k) + c] = chosen.Item3;
                    }
                }
            }
        }

        var end = -1;
        var endScore = double.NegativeInfinity;
        for (var c = 0; c < k; c++)
        {
            var s = best[(n * k) + c] + SumEmpty(empty, c + 1, k);
            if (s > endScore)
            {
                endScore = s;
                end = c;
            }
        }

        // Backtrace into cells, then into sub-rows.
        var cells = new List<(int J, int I, int C, byte Kind)>();
        for (int i = n, c = end; i > 0 && c >= 0;)
        {
            var (j, p, kind) = (backJ[(i * k) + c], backP[(i * k) + c], backKind[(i * k) + c]);
            cells.Add((j, i, c, kind));
            i = j;
            c = p;
        }

        cells.Reverse();
        SubRow? current = null;
        foreach (var (j, i, c, kind) in cells)
        {
            if (current is null || kind == 2)
            {
                current = new SubRow();
                subRows.Add(current);
            }

            var parts = new List<string>();
            for (var x = j; x < i; x++)
            {
                if (x > j && !chunks[x].NewLine && parts.Count > 0)
                {
                    parts[^1] += " " + chunks[x].Text;
                }
                else
                {
                    parts.Add(chunks[x].Text);
                }

                if (chunks[x].WholeLine)
                {
                    lengths.Add((cols[c], chunks[x].Text.Length));
                }
            }

            current.Append(cols[c], parts);
        }

        foreach (var sub in subRows.Where(r => r.Cells.ContainsKey(Col.Start)))
        {
            StartEndCells.Mend(sub);
        }

        return (subRows, lengths);
    }

    [ThreadStatic]
    private static Buffers? _buffers;

    /// <summary>The dynamic programme's tables, grown as needed and reused.</summary>
    private sealed class Buffers
    {
        public double[] Best = [];
        public int[] BackJ = [];
        public int[] BackP = [];
        public byte[] BackKind = [];
        public double[] Forward = [];
        public int[] ForwardFrom = [];
        public double[] Reset = [];
        public int[] ResetFrom = [];
        public byte[] ResetKind = [];

        public void Ensure(int cells, int columns)
        {
            if (Best.Length < cells)
            {
                var size = Math.Max(cells, Best.Length * 2);
                Best = new double[size];
                BackJ = new int[size];
                BackP = new int[size];
                BackKind = new byte[size];
            }

            if (Forward.Length < columns)
            {
                Forward = new double[columns];
                ForwardFrom = new int[columns];
                Reset = new double[columns];
                ResetFrom = new int[columns];
                ResetKind = new byte[columns];
            }
        }
    }

    /// <summary>The most pieces a cell of a column plausibly holds (deadline and funding cells are short).</summary>
    private static int MaxChunks(Col col) => col switch
    {
        Col.Time => 14,
        Col.Funding => 8,
        Col.Lead or Col.Support => 20,
        _ => MaxCellChunks,
    };

    private static double SumEmpty(double[] empty, int from, int to)
    {
        var s = 0.0;
        for (var x = from; x < to; x++)
        {
            s += empty[x];
        }

        return s;
    }
}
