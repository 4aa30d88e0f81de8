namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Cuts the lines of a row read block by block (<see cref="BlockTable"/>) into cells. An extraction in reading order
/// prints a printed line's pieces left to right, one column after another, sometimes merged into one text line
/// ("Xây dựng Kế hoạch cải Phòng Văn hóa - Văn phòng") and sometimes one piece a line; a new printed line starts where the
/// column goes back to the left. So each line is cut into pieces with columns rising from left to right, and a reading
/// pays for each printed line it starts: the fewest printed lines that the vocabulary allows is the reading kept (a
/// beam over the row's lines). A piece opens a cell by the cell's vocabulary (units, deadlines, products, funding) or
/// goes on with the cell's text (a lower-case word, a pair of words the document repeats, a list after ";"). The
/// order of the columns after the task's text is the one that reads the table's first rows best, since the header's
/// blocks do not keep the page's order.
/// </summary>
internal static partial class BlockCells
{
    private const int Beam = 24;
    private const int MaxPieces = 3;
    private const double NewPrintedLine = 1.0;

    /// <summary>The cuts a table's reading may weigh (about 0.5–1 µs each): a text whose rows hold hundreds of blocks
    /// would otherwise take minutes. Past it, each line goes whole to one cell and one reading goes on (the reading stays
    /// complete, only coarser).</summary>
    private const long CutBudget = 4_000_000;

    /// <summary>A text line that goes on to the right may be the same printed line or the next one.</summary>
    private const double NextTextLine = 0.3;

    /// <summary>A cell goes on in a later block less often than in its own (a block is one column's text, but for merged lines).</summary>
    private const double OtherBlock = 2.0;

    /// <param name="groupOf">Each row's group: a group's last row holding more blocks than the table has columns
    /// holds its group's blocks printed out of their rows (see <see cref="Respread"/>).</param>
    public static List<SubRow> Cut(List<List<List<string>>> rows, List<Col> columns, IReadOnlyList<string> documentLines, IReadOnlyList<int>? groupOf = null)
    {
        var pairs = WordPairs.Of(documentLines.Where(l => l.Length > 0));
        var budget = new Budget(CutBudget, pairs);
        var best = columns;
        var bestCost = double.MaxValue;
        foreach (var order in Orders(columns))
        {
            var cost = rows.Take(10).Sum(r => Read(r, order, pairs, budget).Cost);
            if (cost < bestCost - 1e-9)
            {
                (best, bestCost) = (order, cost);
            }
        }

        var afterOrders = budget.Left;
        if (groupOf is not null)
        {
            rows = Respread(rows, groupOf, best, pairs, budget);
        }

        var afterRespread = budget.Left;

        // Merged lines put neighbouring cells' words side by side ("Văn hóa - Văn phòng"): count the pairs again over the cells.
        // Each column has one width: a piece far wider than the column's usual lines is two cells' pieces.
        var first = rows.Select(r => Read(r, best, pairs, budget).Row).ToList();
        pairs.Recount(first.SelectMany(r => r.Cells.Values.Select(PhraseKit.JoinLines)));
        budget.PairsRecounted();
        var widths = best.Select(c => Width(first.SelectMany(r => r.Cells.GetValueOrDefault(c) ?? []))).ToArray();
        var result = rows.Select(r => Read(r, best, pairs, budget, widths).Row).ToList();
        if (Environment.GetEnvironmentVariable("PARPLAN_DEBUG_TABLE") == "1")
        {
            Console.Error.WriteLine($"block cuts weighed: {CutBudget - budget.Left} (orders {CutBudget - afterOrders}, "
                + $"cells printed after their rows {afterOrders - afterRespread}, cells {afterRespread - budget.Left})");
        }

        return result;
    }

    /// <summary>
    /// A page break can print a group's cells after its last row's text (each row's text first, then the units and
    /// deadlines of the rows above): a group's last row with more blocks than columns gives each block after its first
    /// to the row of the group it reads best with, block by block in order.
    /// </summary>
    private static List<List<List<string>>> Respread(List<List<List<string>>> rows, IReadOnlyList<int> groupOf, List<Col> order, WordPairs pairs, Budget budget)
    {
        var result = rows.Select(r => r.ToList()).ToList();
        for (var last = 0; last < rows.Count; last++)
        {
            if ((last + 1 < rows.Count && groupOf[last + 1] == groupOf[last]) || rows[last].Count <= order.Count)
            {
                continue;
            }

            var first = last;
            while (first > 0 && groupOf[first - 1] == groupOf[last])
            {
                first--;
            }

            if (first == last)
            {
                continue;
            }

            result[last] = [rows[last][0]];
            var costs = Enumerable.Range(first, last - first + 1).Select(r => Read(result[r], order, pairs, budget).Cost).ToArray();
            foreach (var block in rows[last].Skip(1))
            {
                if (budget.Left <= 0)
                {
                    result[last].Add(block); // past the budget, the blocks stay where they were printed
                    continue;
                }

                var (to, toCost) = (last, double.MaxValue);
                for (var r = first; r <= last; r++)
                {
                    var cost = Read([.. result[r], block], order, pairs, budget).Cost - costs[r - first];
                    if (cost < toCost - 1e-9)
                    {
                        (to, toCost) = (r, cost);
                    }
                }

                result[to].Add(block);
                costs[to - first] += toCost;
            }
        }

        return result;
    }

    /// <summary>The usual width of a column's lines in characters: most of its pieces are no wider.</summary>
    private static int Width(IEnumerable<string> pieces)
    {
        var lengths = pieces.Select(p => p.Length).Order().ToList();
        return lengths.Count < 4 ? 1000 : lengths[(lengths.Count * 17) / 20] + 1;
    }

    /// <summary>The column orders to try: the task's text first, then the other columns in any order, Chủ trì just before Phối hợp.</summary>
    private static IEnumerable<List<Col>> Orders(List<Col> columns)
    {
        var front = columns.Where(c => c is Col.Objective or Col.Title or Col.Activity).OrderBy(c => c).ToList();
        var units = columns.Where(c => c is Col.Lead or Col.Support).OrderBy(c => c).ToList();
        var movable = new List<List<Col>>();
        if (units.Count > 0)
        {
            movable.Add(units);
        }

        movable.AddRange(columns.Where(c => c is Col.Output or Col.Time or Col.Funding).OrderBy(c => c).Select(c => new List<Col> { c }));
        var tail = columns.Where(c => c is Col.Note).ToList();
        foreach (var perm in Permutations(movable))
        {
            yield return [.. front, .. perm.SelectMany(p => p), .. tail];
        }
    }

    private static IEnumerable<List<List<Col>>> Permutations(List<List<Col>> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var p in Permutations(rest))
            {
                yield return [items[i], .. p];
            }
        }
    }

    private static (SubRow Row, double Cost) Read(List<List<string>> blocks, List<Col> order, WordPairs pairs, Budget budget, int[]? widths = null)
    {
        var k = order.Count;
        var beam = new List<State> { new(0, -1, Enumerable.Repeat(-1, k).ToArray(), new bool[k], new bool[k], new int[k], null) };
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            beam = beam.Select(s => s with { LastColumn = -1 }).ToList();
            foreach (var text in block)
            {
                var line = budget.Line(text);
                var next = new Frontier();
                foreach (var state in beam)
                {
                    Extend(state, line, b, order, widths, pairs, budget, 0, -1, state.Cost, [], next);
                }

                beam = next.States.Values.OrderBy(s => s.Cost).Take(budget.Left > 0 ? Beam : 1).ToList();
            }
        }

        var bestState = beam.OrderBy(s => s.Ended).First();
        var cells = order.Select(_ => new List<string>()).ToArray();
        var pieces = new List<Piece>();
        for (var p = bestState.Pieces; p is not null; p = p.Before)
        {
            pieces.Add(p);
        }

        pieces.Reverse();
        foreach (var p in pieces)
        {
            cells[p.Column].Add(p.Text);
        }

        var row = new SubRow();
        for (var c = 0; c < k; c++)
        {
            if (cells[c].Count > 0)
            {
                row.Append(order[c], cells[c]);
            }
        }

        return (row, bestState.Ended);
    }

    /// <summary>Every cut of <paramref name="line"/> from word <paramref name="from"/> on into pieces with rising columns.</summary>
    private static void Extend(State state, BlockLine line, int block, List<Col> order, int[]? widths, WordPairs pairs, Budget budget, int from, int lastColumn,
        double cost, List<(int Column, int From, int To)> pieces, Frontier next)
    {
        if (from == line.Count)
        {
            budget.Left--;
            if (!next.MayKeep(cost))
            {
                return;
            }

            var lastWord = (int[])state.LastWord.Clone();
            var separated = (bool[])state.Separated.Clone();
            var blockOf = (int[])state.Block.Clone();
            var waiting = (bool[])state.Waiting.Clone();
            var chain = state.Pieces;
            foreach (var (c, f, t) in pieces)
            {
                lastWord[c] = line.Ids[t - 1];
                separated[c] = line.Words[t - 1][^1] is ';' or ',';
                blockOf[c] = block;
                waiting[c] = line.Waits(t);
                chain = new Piece(chain, c, line.Text(f, t));
            }

            next.Offer(new State(cost, pieces[^1].Column, lastWord, separated, waiting, blockOf, chain));
            return;
        }

        if (pieces.Count == MaxPieces)
        {
            return;
        }

        for (var to = from + 1; to <= line.Count; to++)
        {
            if (to < line.Count && (!line.MayCut(to) || budget.Left <= 0))
            {
                continue;
            }

            for (var c = 0; c < order.Count; c++)
            {
                if (pieces.Exists(p => p.Column == c))
                {
                    continue;
                }

                var step = BlockPieceCost.Of(order[c], line, from, to, state.LastWord[c], state.Separated[c], pairs) - (state.Waiting[c] ? 0.3 : 0);
                if (widths is not null && line.Length(from, to) > widths[c] + 2)
                {
                    step += 0.15 * (line.Length(from, to) - widths[c] - 2);
                }

                if (order[c] == Col.Support && state.LastWord[c] < 0 && order.IndexOf(Col.Lead) is >= 0 and var lead && state.LastWord[lead] < 0
                    && !pieces.Exists(p => p.Column == lead))
                {
                    step += 0.6; // Phối hợp opens before Chủ trì has a word
                }

                if (state.LastWord[c] >= 0 && state.Block[c] < block)
                {
                    step += OtherBlock;
                }

                if (pieces.Count == 0)
                {
                    step += c <= state.LastColumn ? NewPrintedLine : state.LastColumn >= 0 ? NextTextLine : 0;
                }
                else if (c < lastColumn)
                {
                    step += NewPrintedLine; // pieces of two printed lines merged into one text line
                }

                if (to < line.Count)
                {
                    step += line.CutCost(to);
                }

                pieces.Add((c, from, to));
                Extend(state, line, block, order, widths, pairs, budget, to, c, cost + step, pieces, next);
                pieces.RemoveAt(pieces.Count - 1);
            }
        }
    }
}
