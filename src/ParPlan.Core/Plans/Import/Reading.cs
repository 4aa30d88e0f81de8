namespace ParPlan.Core.Plans.Import;

/// <summary>
/// One reading of the first lines of an interleaved block (see <see cref="InterleavedRows"/>): the pieces each line was
/// cut into, whether the line opened a new visual row, the cells open after it, and the score so far. Readings share
/// their history, newest line first.
/// </summary>
internal sealed record Reading(Reading? Before, CutLine? Line, List<(int Column, int From, int To)>? Pieces, bool Opens, LineCutter.Previous[] Previous, double Score)
{
    /// <summary>What tells two readings apart for the beam: the same cells open with the same last lines score alike from here on.</summary>
    public long Key
    {
        get
        {
            var key = 17L;
            foreach (var p in Previous)
            {
                key = (key * 1_000_003) + (p.Active ? p.Length : -1);
            }

            foreach (var (column, from, to) in Pieces ?? [])
            {
                key = (((((key * 1_000_003) + column) * 1_000_003) + from) * 1_000_003) + to;
            }

            return key;
        }
    }

    public Reading Then(CutLine line, (List<(int Column, int From, int To)> Pieces, double Score) cut, bool opens, Col[] cols)
    {
        var next = new LineCutter.Previous[Previous.Length];
        foreach (var (c, from, to) in cut.Pieces)
        {
            var continues = !opens && Previous[c].Active;
            next[c] = new LineCutter.Previous
            {
                Active = true,
                Length = line.Length(from, to),
                Closed = line.Closes(to),
                Separated = line.Words[to - 1][^1] is ';' or ',',
                Comma = line.Words[to - 1][^1] == ',',
                Waiting = line.EndsWaiting(to),
                Last = line.Ids[to - 1],
                Opening = continues ? Previous[c].Opening : line.Hash(from, to),
                Free = continues ? Previous[c].Free : cols[c] == Col.Time && line.OpensFree(from),
            };
        }

        return new Reading(this, line, cut.Pieces, opens, next, Score + cut.Score);
    }

    /// <summary>The reading with its block ended: a cell does not end on a word that waits for more.</summary>
    public Reading Ended() => this with { Score = Score + Previous.Sum(p => p.Active && (p.Waiting || p.Comma) ? -2 : 0) };

    /// <summary>The visual rows of this reading as sub-rows of cells; the wrapped lines' lengths go to <paramref name="wrapped"/>.</summary>
    public List<SubRow> Rows(Col[] cols, List<(int Length, int Next)>[] wrapped)
    {
        var history = new List<Reading>();
        for (var r = this; r.Line is not null; r = r.Before!)
        {
            history.Add(r);
        }

        history.Reverse();
        var result = new List<SubRow>();
        List<string>[] cells = [];
        var last = new int[cols.Length];
        var open = new bool[cols.Length];
        foreach (var step in history)
        {
            if (step.Opens || cells.Length == 0)
            {
                Flush(result, cells, cols);
                cells = cols.Select(_ => new List<string>()).ToArray();
                open = new bool[cols.Length];
            }

            var now = new bool[cols.Length];
            foreach (var (c, from, to) in step.Pieces!)
            {
                if (open[c])
                {
                    wrapped[c].Add((last[c], step.Line!.Words[from].Length));
                }

                cells[c].Add(step.Line!.Text(from, to));
                last[c] = step.Line.Length(from, to);
                now[c] = true;
            }

            open = now;
        }

        Flush(result, cells, cols);
        return result;
    }

    private static void Flush(List<SubRow> result, List<string>[] cells, Col[] cols)
    {
        if (cells.Length == 0)
        {
            return;
        }

        var row = new SubRow();
        for (var c = 0; c < cols.Length; c++)
        {
            if (cells[c].Count > 0)
            {
                row.Append(cols[c], cells[c]);
            }
        }

        result.Add(row);
    }
}
