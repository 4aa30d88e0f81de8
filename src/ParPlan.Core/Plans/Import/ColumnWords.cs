namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Which words each column of an interleaved table holds, learned from the table's own previous reading: unit names
/// recur in the lead and support columns, products in the output column, deadlines in the time column. A word's
/// affinity for a column is how much likelier it is there than in the table as a whole (smoothed, bounded).
/// </summary>
internal sealed class ColumnWords
{
    private const double Smoothing = 0.5;
    private const double Bound = 1.5;

    private readonly Dictionary<int, int>[] _counts;
    private readonly int[] _totals;
    private readonly Dictionary<int, int> _all = [];
    private readonly int _total;

    private ColumnWords(Dictionary<int, int>[] counts, int[] totals)
    {
        _counts = counts;
        _totals = totals;
        foreach (var column in counts)
        {
            foreach (var (id, n) in column)
            {
                _all[id] = _all.GetValueOrDefault(id) + n;
                _total += n;
            }
        }
    }

    public static ColumnWords Of(IEnumerable<SubRow> rows, Col[] cols, WordPairs pairs)
    {
        var counts = cols.Select(_ => new Dictionary<int, int>()).ToArray();
        var totals = new int[cols.Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < cols.Length; c++)
            {
                if (!row.Cells.TryGetValue(cols[c], out var lines))
                {
                    continue;
                }

                foreach (var word in lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                {
                    var id = pairs.Id(word);
                    counts[c][id] = counts[c].GetValueOrDefault(id) + 1;
                    totals[c]++;
                }
            }
        }

        return new ColumnWords(counts, totals);
    }

    /// <summary>Per column, prefix sums over the line's words of their affinity for that column.</summary>
    public double[][] Prefixes(CutLine line)
    {
        var result = new double[_counts.Length][];
        for (var c = 0; c < _counts.Length; c++)
        {
            var prefix = result[c] = new double[line.Count + 1];
            for (var i = 0; i < line.Count; i++)
            {
                prefix[i + 1] = prefix[i] + Affinity(c, line.Ids[i]);
            }
        }

        return result;
    }

    private double Affinity(int c, int id)
    {
        if (id <= 0 || _totals[c] == 0 || _total == 0)
        {
            return 0;
        }

        var vocabulary = Math.Max(1, _all.Count);
        var inColumn = (_counts[c].GetValueOrDefault(id) + Smoothing) / (_totals[c] + (Smoothing * vocabulary));
        var anywhere = (_all.GetValueOrDefault(id) + Smoothing) / (_total + (Smoothing * vocabulary));
        return Math.Clamp(Math.Log(inColumn / anywhere), -Bound, Bound);
    }
}
