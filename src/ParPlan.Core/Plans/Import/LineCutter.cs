namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Cuts one visual line of an interleaved row into ordered pieces, one per column that has a line there, by dynamic
/// programming over the cut points. A piece is scored by whether it fits its column's width in characters, by how a
/// cell opens (a capital, a bullet, the words of a unit, a product, a deadline, a funding source) on the row's first
/// line, and on later lines by the wrap rule: the first word of a cell's next line did not fit on its previous line.
/// </summary>
internal static class LineCutter
{
    /// <summary>What a cut inside a phrase the document repeats costs, per unit of the pair's bond (<see cref="WordPairs"/>).</summary>
    private const double CutBond = 4;

    /// <summary>What a cell's line going on with the word that follows its last word in the document's phrases earns.</summary>
    private const double GoOnBond = 8;

    /// <summary>What a unit cell going on with a continuation the table's reading doubts costs (<see cref="UnitContinuations"/>).</summary>
    private const double Doubted = 4;

    /// <summary>The weight of the words' affinity for a column, learned from the table's previous reading (<see cref="ColumnWords"/>).</summary>
    private const double Words = 0.3;

    /// <summary>The weight of the columns' learned words in the strict reading: lower, since a tail the reading gave a unit
    /// column in every row would otherwise confirm itself there.</summary>
    private const double StrictWords = 0.2;

    /// <summary>In the strict reading, what ending a unit cell on a comma costs ("Các phòng chuyên môn," / "tổ chức …").</summary>
    private const double StrictComma = 5;

    [ThreadStatic]
    private static double[]? _best;

    [ThreadStatic]
    private static (int From, int Column)[]? _back;

    /// <summary>The cell of a column on the previous line: whether it has a line there, its length, whether it closed a sentence.</summary>
    public struct Previous
    {
        public bool Active;
        public int Length;
        public bool Closed;

        /// <summary>The line ended with a list separator (";", ","): the cell's next line may open another item.</summary>
        public bool Separated;

        /// <summary>The line ended with a comma: a unit or product name list goes on ("Các phòng chuyên môn," / "tổ chức …").</summary>
        public bool Comma;

        /// <summary>The line ended on a sign or word that waits for more ("&amp;", "và", "các"): the cell goes on.</summary>
        public bool Waiting;

        /// <summary>The id of the word the cell's line ended on (<see cref="WordPairs"/>).</summary>
        public int Last;

        /// <summary>The hash of the words of the cell's first line (<see cref="CutLine.Hash"/>).</summary>
        public long Opening;

        /// <summary>The cell opened as a reference or condition ("Theo …", "Sau khi …"): a deadline cell of free words.</summary>
        public bool Free;
    }

    /// <summary>
    /// The best cut of <paramref name="line"/>: for each piece its column index and word range, and the cut's score.
    /// <paramref name="opening"/>: the line opens a row (every column may open a cell); otherwise only the columns active
    /// on the previous line may go on. <paramref name="widths"/>: characters per column, 0 where not known yet.
    /// </summary>
    public static (List<(int Column, int From, int To)> Pieces, double Score) Cut(
        CutLine line, Col[] cols, double[] widths, bool opening, Previous[] previous, bool[] allowed)
    {
        var n = line.Count;
        var k = cols.Length;
        var size = (n + 1) * (k + 1);
        if (_best is null || _best.Length < size)
        {
            _best = new double[Math.Max(size, 256)];
            _back = new (int, int)[_best.Length];
        }

        // One table reused for every line this thread cuts: [i * (k + 1) + c].
        var stride = k + 1;
        var best = _best;
        var back = _back!;
        best.AsSpan(0, size).Fill(double.NegativeInfinity);
        best[0] = 0; // column index c + 1: 0 is "before the first column"
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c <= k; c++)
            {
                if (double.IsNegativeInfinity(best[(i * stride) + c]))
                {
                    continue;
                }

                var skipped = 0.0;
                for (var c2 = c; c2 < k; c2++)
                {
                    if (!allowed[c2])
                    {
                        continue;
                    }

                    var w = widths[c2];
                    for (var e = i + 1; e <= n; e++)
                    {
                        var length = line.Length(i, e);
                        if ((w > 0 && length > (1.6 * w) + 8 && e > i + 1) || e - i > 40)
                        {
                            break;
                        }

                        var s = best[(i * stride) + c] + skipped + Score(line, i, e, c2, cols[c2], w, opening, previous[c2]) + ((line.Strict ? StrictWords : Words) * line.Affinity(c2, i, e));
                        if (s > best[(e * stride) + c2 + 1])
                        {
                            best[(e * stride) + c2 + 1] = s;
                            back[(e * stride) + c2 + 1] = (i, c);
                        }
                    }

                    skipped += opening ? EmptyCost(cols[c2]) : EndCost(cols[c2], previous[c2], w, line.Strict);
                }
            }
        }

        var end = -1;
        var endScore = double.NegativeInfinity;
        for (var c = 1; c <= k; c++)
        {
            var s = best[(n * stride) + c];
            for (var x = c; x < k; x++)
            {
                s += !allowed[x] ? 0 : opening ? EmptyCost(cols[x]) : EndCost(cols[x], previous[x], widths[x], line.Strict);
            }

            if (s > endScore)
            {
                endScore = s;
                end = c;
            }
        }

        var pieces = new List<(int, int, int)>();
        for (int i = n, c = end; i > 0 && c > 0;)
        {
            var (from, prev) = back[(i * stride) + c];
            pieces.Add((c - 1, from, i));
            i = from;
            c = prev;
        }

        pieces.Reverse();
        return (pieces, endScore);
    }

    private static double Score(CutLine line, int from, int to, int c, Col col, double width, bool opening, Previous previous)
    {
        var s = 0.0;
        var length = line.Length(from, to);
        if (width > 0 && length > width + 1 && to > from + 1)
        {
            s -= 3 + ((length - width - 1) * 0.5);
        }

        var start = line.Starts[from];
        s -= CutBond * line.Bond(from); // a cut inside a phrase the document repeats
        if (opening)
        {
            s += line.SentenceBreaks(from, to);
        }
        else
        {
            s += GoOnBond * line.BondAfter(previous.Last, from); // "các cơ" / "quan …": the phrase goes on
            // The word would have fitted on the cell's previous line: this is not that cell's next line.
            var slack = width - (previous.Length + 1 + line.Words[from].Length);
            if (width > 0 && start != StartClass.Bullet && !previous.Closed && slack >= 0)
            {
                s -= slack >= 2 ? 4 : 1.5;
            }

            if (line.Doubted(c, previous.Opening, from))
            {
                s -= Doubted; // a unit name's line that the table's other cells opening alike never go on with
            }

            if (col is Col.Lead or Col.Support && (line.Dated(from, to) || (line.Strict && line.Numeric(from, to))))
            {
                s -= 2; // a unit name holds no date, year, figure or share
            }

            if (col == Col.Time && !previous.Free)
            {
                s += Math.Max(-4, 0.6 * line.SchedulePenalty(from, to));
            }

            if (previous.Separated && col is Col.Lead or Col.Support or Col.Output && start is StartClass.Upper or StartClass.Bullet)
            {
                s += 1.5; // "…Xã hội;" / "Trung tâm …": the list's next item
            }

            return s + line.SentenceBreaks(from, to);
        }

        if (width == 0 && col is Col.Title or Col.Objective or Col.Activity)
        {
            s += 0.1 * length; // widths not known yet: the wide text columns take the longer share of an ambiguous line
        }

        if (start == StartClass.Lower || (start == StartClass.Other && line.Words[from][0] != '('))
        {
            return s - 4;
        }

        if (to < line.Count && line.EndsWaiting(to))
        {
            s -= 2; // "Văn phòng HĐND &" / "UBND xã": a cell does not end on a word that waits for more
        }

        var (unit, output, schedule, funding) = line.Cues[from];
        return s + col switch
        {
            Col.Time => schedule ? 3 + (line.OpensFree(from) ? 0 : Math.Max(-4, 0.6 * line.SchedulePenalty(from, to))) : -2,
            Col.Funding => funding ? 3 : -3,
            Col.Lead or Col.Support => unit ? 2.5 : -3,
            Col.Output => output ? 1.5 : unit ? -2.5 : 0,
            _ => 0,
        };
    }

    /// <summary>
    /// What ending a cell costs: a non-final line of a cell is nearly as wide as its column (the next word did not fit),
    /// a final line may be any length, so a cell whose last line filled the column most likely goes on (deadlines and funding are short phrases that end where they end).
    /// </summary>
    public static double EndCost(Col col, Previous previous, double width, bool strict = false) =>
        previous.Active && previous.Waiting ? -2
        : previous.Active && previous.Comma && col is not (Col.Time or Col.Funding) ? (strict && col is Col.Lead or Col.Support ? -StrictComma : -2)
        : !previous.Active || width <= 0 || previous.Closed || col is Col.Time or Col.Funding ? 0 : previous.Length >= width - 2 ? -0.8 : 0;

    /// <summary>What leaving a column's cell empty costs on a row's first line (a task always has a title; most have a lead and a deadline).</summary>
    public static double EmptyCost(Col col) => col switch
    {
        Col.Title => -8,
        Col.Lead => -3,
        Col.Time => -3,
        Col.Support => -1,
        Col.Output => -1,
        Col.Activity => -0.5,
        Col.Objective => -0.5,
        Col.Funding => -0.3,
        _ => -0.1,
    };
}
