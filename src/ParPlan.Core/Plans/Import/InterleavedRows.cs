using System.Globalization;
using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Reads the rows of a text task table whose cells arrive interleaved line by line, as a line-by-line extraction gives
/// them: the first lines of every cell of a row side by side on one line, then their second lines, and so on. Each
/// visual line is cut into at most one piece per column by <see cref="LineCutter"/>; a column that has no piece on a
/// line has ended its cell. Column widths in characters are estimated from the table itself: first from the cells'
/// first lines (cut on case and vocabulary alone), then from the lines the wrap rule places, and the rows cut again.
/// </summary>
internal static partial class InterleavedRows
{
    private const double NewRowCost = 6;
    private const int BeamWidth = 4;

    /// <summary>Readings of the table again with the doubted unit continuations (<see cref="UnitContinuations"/>) at most.</summary>
    private const int DoubtRounds = 3;

    /// <summary>Readings of the whole table at most: each measures the widths and the columns' words the next one cuts with.</summary>
    private const int MaxPasses = 6;

    /// <summary>The fewest characters the widest lines of an interleaved table hold (its 90th percentile line).</summary>
    private const int MinTableWidth = 60;

    /// <summary>Whether the rows read as interleaved: most rows open with a line holding several cells side by side.</summary>
    public static bool Detect(IReadOnlyList<TextPendingRow> rows, IReadOnlyList<Col> columns)
    {
        if (rows.Count < 3 || columns.Count(c => c != Col.Ref) < 3)
        {
            return false;
        }

        var lines = rows.SelectMany(r => r.RawLines).Select(l => l.Text.Trim().Length).Where(l => l > 0).Order().ToList();
        if (lines.Count < 6)
        {
            return false;
        }

        // In cell-after-cell text a line is at most one column wide; interleaved, a row's first line spans the table. A
        // table that leaves most of its columns empty (a nine-column framework filling four) prints lines of 60–75
        // characters; the cell openings on the rows' first lines tell it from cell-after-cell text.
        var widest = lines[(int)(lines.Count * 0.9)];
        var firsts = rows.Where(r => r.RawLines.Count > 0 && r.RawLines[0].Text.Trim().Length >= 0.6 * widest).Select(r => r.RawLines[0].Text).ToList();
        if (widest < MinTableWidth || firsts.Count < 0.6 * rows.Count)
        {
            return false; // checked first: the words of the rows' first lines are only looked at when their widths suggest it
        }

        var wide = firsts.Count(t => CutLine.Of(t) is var first && first.Count >= 6 && Openings(first) >= 3);
        return wide >= 0.6 * rows.Count;
    }

    /// <summary>Cuts every row into sub-rows of cells.</summary>
    public static void Read(IReadOnlyList<TextPendingRow> rows, IReadOnlyList<Col> columns, IReadOnlyList<string> document)
    {
        var pairs = WordPairs.Of(document);
        var rowLines = rows.SelectMany(r => r.RawLines).Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        var outside = document.Where(l => !rowLines.Contains(l)).ToList();
        var cols = columns.Where(c => c != Col.Ref).ToArray();
        var subCols = columns.Contains(Col.Objective) ? cols.Select(c => c != Col.Objective).ToArray() : cols.Select(_ => true).ToArray();
        var all = cols.Select(_ => true).ToArray();
        var blocks = rows.Select(r => Blocks(r).Select(b => b.Select(l => CutLine.Of(l, pairs)).Where(l => l.Count > 0).ToList()).ToList()).ToList();

        // Widths: the first lines of cells, cut on case and vocabulary, then every line cut with those widths.
        var widths = new double[cols.Length];
        var firsts = cols.Select(_ => new List<int>()).ToArray();
        foreach (var (block, x) in blocks.SelectMany(b => b.Select((block, x) => (block, x))))
        {
            if (block.Count > 0)
            {
                var (pieces, _) = LineCutter.Cut(block[0], cols, widths, true, new LineCutter.Previous[cols.Length], x == 0 ? all : subCols);
                foreach (var (c, from, to) in pieces)
                {
                    firsts[c].Add(block[0].Length(from, to));
                }
            }
        }

        widths = Estimate(firsts, 0.9);
        if (Environment.GetEnvironmentVariable("PARPLAN_DEBUG_TABLE") == "1")
        {
            Console.Error.WriteLine("first widths: " + string.Join(", ", cols.Select((c, x) => $"{c} {widths[x]}")));
        }

        var cuts = blocks.Select(b => new List<SubRow>[b.Count]).ToArray();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var wrapped = cols.Select(_ => new List<(int, int)>()).ToArray();
            for (var r = 0; r < rows.Count; r++)
            {
                rows[r].Task.SubRows.Clear();
                for (var x = 0; x < blocks[r].Count; x++)
                {
                    cuts[r][x] = CutBlock(blocks[r][x], cols, widths, x == 0 ? all : subCols, wrapped);
                    rows[r].Task.SubRows.AddRange(cuts[r][x]);
                }
            }

            var measured = wrapped.Select(Fit).ToArray();
            var settled = pass > 0;
            for (var c = 0; c < cols.Length; c++)
            {
                settled &= measured[c] <= 0 || measured[c] == widths[c];
                widths[c] = measured[c] > 0 ? measured[c] : widths[c];
            }

            if (Environment.GetEnvironmentVariable("PARPLAN_DEBUG_TABLE") == "1")
            {
                Console.Error.WriteLine("widths: " + string.Join(", ", cols.Select((c, x) => $"{c} {widths[x]}")));
            }

            if (settled)
            {
                break; // the widths this reading was cut with are the ones it measures, and the columns' words were learned
            }

            if (pass == MaxPasses - 1)
            {
                break;
            }

            // What the next reading learns from this one: the words each column holds, and the document's phrases counted
            // again over this reading's cells (see WordPairs.Recount).
            var words = ColumnWords.Of(rows.SelectMany(r => r.Task.SubRows), cols, pairs);
            pairs.Recount(outside.Concat(rows.SelectMany(r => r.Task.SubRows).SelectMany(s => s.Cells.Values).Select(cell => string.Join(' ', cell))));
            foreach (var line in blocks.SelectMany(b => b).SelectMany(b => b))
            {
                line.Affinities = words.Prefixes(line);
                line.Rebond();
            }
        }

        ReadAgainWithDoubts(rows, blocks, cuts, cols, widths, all, subCols, pairs);
    }

    /// <summary>
    /// Reads the rows again, with the unit continuations the reading doubts costing (<see cref="UnitContinuations"/>),
    /// at the widths the reading settled on; a block's new reading is kept only when its unit cells lose words and gain
    /// none. Each round looks for doubts in the reading the round before gave.
    /// </summary>
    private static void ReadAgainWithDoubts(IReadOnlyList<TextPendingRow> rows, List<List<List<CutLine>>> blocks, List<SubRow>[][] cuts,
        Col[] cols, double[] widths, bool[] all, bool[] subCols, WordPairs pairs)
    {
        var doubts = new UnitContinuations();
        for (var round = 0; round < DoubtRounds && doubts.Add(rows.SelectMany(r => r.Task.SubRows), cols, pairs) > 0; round++)
        {
            var snapshot = doubts.Copy();
            var wrapped = cols.Select(_ => new List<(int, int)>()).ToArray();
            for (var r = 0; r < rows.Count; r++)
            {
                rows[r].Task.SubRows.Clear();
                for (var x = 0; x < blocks[r].Count; x++)
                {
                    blocks[r][x].ForEach(l => l.Doubtful = snapshot);
                    var again = CutBlock(blocks[r][x], cols, widths, x == 0 ? all : subCols, wrapped);
                    cuts[r][x] = UnitContinuations.OnlyDropsUnitWords(cuts[r][x], again, cols) ? again : cuts[r][x];
                    rows[r].Task.SubRows.AddRange(cuts[r][x]);
                }
            }
        }

        // A last, strict reading at the same widths: a unit cell's continuation that holds a figure ("tối thiểu 20%",
        // "9001:2015") costs, a unit cell ending on a comma ("Các phòng chuyên môn,") costs more, and the words each column
        // held in the reading weigh less (a tail given to a unit column in every row confirms itself there). Kept per block
        // only where the unit cells gain no word (words may move between Chủ trì and Phối hợp or leave them) and the
        // deadlines read the same.
        var none = cols.Select(_ => new List<(int, int)>()).ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].Task.SubRows.Clear();
            for (var x = 0; x < blocks[r].Count; x++)
            {
                blocks[r][x].ForEach(l => l.Strict = true);
                var again = CutBlock(blocks[r][x], cols, widths, x == 0 ? all : subCols, none);
                cuts[r][x] = UnitContinuations.NoNewUnitWords(cuts[r][x], again) ? again : cuts[r][x];
                rows[r].Task.SubRows.AddRange(cuts[r][x]);
            }
        }
    }

    /// <summary>
    /// The lines of one block cut into visual rows of cells by a beam search over the lines: each line is cut going on
    /// with the cells open on the line above, or with one of them ended there, or as the opening of a new visual row; the
    /// few best readings so far are kept, since the wrap rule judges a line only once the next is known. The lengths of
    /// lines that wrapped, with the next line's first word, go to <paramref name="wrapped"/>.
    /// </summary>
    private static List<SubRow> CutBlock(List<CutLine> lines, Col[] cols, double[] widths, bool[] opening, List<(int Length, int Next)>[] wrapped)
    {
        var later = opening.Select((o, c) => o && cols[c] != Col.Objective).ToArray();
        var beam = new List<Reading> { new(null, null, null, false, new LineCutter.Previous[cols.Length], 0) };
        for (var j = 0; j < lines.Count; j++)
        {
            var line = lines[j];
            var next = new List<Reading>();
            foreach (var reading in beam)
            {
                var active = reading.Previous.Select(p => p.Active).ToArray();
                if (j > 0 && active.Any(a => a))
                {
                    next.Add(reading.Then(line, LineCutter.Cut(line, cols, widths, false, reading.Previous, active), false, cols));
                    for (var c = 0; c < cols.Length && active.Count(a => a) > 1; c++)
                    {
                        if (active[c])
                        {
                            var without = (bool[])active.Clone();
                            without[c] = false;
                            next.Add(reading.Then(line, LineCutter.Cut(line, cols, widths, false, reading.Previous, without), false, cols));
                        }
                    }
                }

                if (j == 0 || line.Starts[0] != StartClass.Lower)
                {
                    var (pieces, score) = LineCutter.Cut(line, cols, widths, true, reading.Previous, j == 0 ? opening : later);
                    next.Add(reading.Then(line, (pieces, score - (j == 0 ? 0 : NewRowCost)), true, cols));
                }
            }

            beam = next.Where(r => !double.IsNegativeInfinity(r.Score)).GroupBy(r => r.Key).Select(g => g.First())
                .OrderByDescending(r => r.Score).Take(BeamWidth).ToList();
            if (beam.Count == 0)
            {
                return [];
            }
        }

        return beam.Select(r => r.Ended()).MaxBy(r => r.Score)!.Rows(cols, wrapped);
    }

    /// <summary>
    /// The width that best explains the lines that wrapped: each is at most the width, and with the next line's first
    /// word it would have been wider; the narrowest width with the fewest exceptions.
    /// </summary>
    private static double Fit(List<(int Length, int Next)> wrapped)
    {
        if (wrapped.Count < 3)
        {
            return 0;
        }

        var best = 0;
        var fewest = int.MaxValue;
        var widest = wrapped.Max(w => w.Length);
        for (var width = 4; width <= widest; width++)
        {
            var exceptions = wrapped.Count(w => w.Length > width || w.Length + 1 + w.Next <= width);
            if (exceptions < fewest)
            {
                fewest = exceptions;
                best = width;
            }
        }

        return best;
    }

    private static double[] Estimate(List<int>[] lengths, double share) => lengths.Select(l =>
    {
        if (l.Count < 3)
        {
            return 0.0;
        }

        l.Sort();
        return l[Math.Min(l.Count - 1, (int)(l.Count * share))];
    }).ToArray();

    /// <summary>The row's lines split where a sub-row numbered under the row's TT ("2.1.", "2.2.") opens a line.</summary>
    private static List<List<string>> Blocks(TextPendingRow row)
    {
        var number = row.Task.Number.ToString(CultureInfo.InvariantCulture);
        var result = new List<List<string>> { new() };
        foreach (var (text, _) in row.RawLines)
        {
            var m = SubNumber().Match(text);
            if (m.Success && m.Groups["n"].Value == number && result[^1].Count > 0)
            {
                result.Add([]);
            }

            result[^1].Add(text);
        }

        return result;
    }

    private static int Openings(CutLine line)
    {
        var count = 0;
        for (var i = 1; i < line.Count; i++)
        {
            var (unit, output, schedule, funding) = line.Cues[i];
            count += line.Starts[i] != StartClass.Lower && (unit || output || schedule || funding) ? 1 : 0;
        }

        return count;
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,3})\.\d{1,2}\.?\s+\S")]
    private static partial Regex SubNumber();
}
