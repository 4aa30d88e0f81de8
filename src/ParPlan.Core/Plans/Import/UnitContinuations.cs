namespace ParPlan.Core.Plans.Import;

/// <summary>
/// The continuations of unit names (Chủ trì, Phối hợp) that an interleaved table's own reading contradicts. A unit
/// name wraps the same way wherever it stands in the same column: the column has one width, so the same first line
/// goes on with the same word. When several cells of a unit column open with the same line ("Trung tâm Phục vụ HCC")
/// and one of them goes on with a lower-case word that no other does ("phụ thuộc", "tại", "các phản ánh"), while the
/// others end there or go on otherwise, that word is more likely the tail of a neighbouring cell's line (the title's,
/// the other unit column's) than a part of the name. A first line that ends on a list separator or on a word that
/// waits for more ("&amp;", "và") opens no such doubt: a list's next item differs from cell to cell. The doubt is a
/// cost in the cut, not a rule, and a row's new reading is kept only when its unit cells lose words and gain none.
/// </summary>
internal sealed class UnitContinuations
{
    private readonly HashSet<(int Column, long Opening, int Word)> _doubted = [];

    public int Count => _doubted.Count;

    /// <summary>Whether column <paramref name="column"/>'s cell opened by the line hashed <paramref name="opening"/>
    /// going on with the word <paramref name="word"/> is doubted.</summary>
    public bool Doubts(int column, long opening, int word) => _doubted.Contains((column, opening, word));

    /// <summary>Adds the doubts a reading of the table's rows shows; returns how many were new.</summary>
    public int Add(IEnumerable<SubRow> rows, Col[] cols, WordPairs pairs)
    {
        var before = _doubted.Count;
        for (var c = 0; c < cols.Length; c++)
        {
            if (cols[c] is Col.Lead or Col.Support)
            {
                AddColumn(rows, cols[c], c, pairs);
            }
        }

        return _doubted.Count - before;
    }

    /// <summary>A copy, so that readings cut with it do not see doubts added later.</summary>
    public UnitContinuations Copy()
    {
        var copy = new UnitContinuations();
        copy._doubted.UnionWith(_doubted);
        return copy;
    }

    /// <summary>Whether the unit cells of <paramref name="after"/> hold no word that those of <paramref name="before"/> did not.</summary>
    public static bool OnlyDropsUnitWords(List<SubRow> before, List<SubRow> after, Col[] cols)
    {
        foreach (var col in cols)
        {
            if (col is not (Col.Lead or Col.Support))
            {
                continue;
            }

            var had = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in Words(before, col))
            {
                had[word] = had.GetValueOrDefault(word) + 1;
            }

            foreach (var word in Words(after, col))
            {
                if (!had.TryGetValue(word, out var n) || n == 0)
                {
                    return false;
                }

                had[word] = n - 1;
            }
        }

        return true;
    }

    private void AddColumn(IEnumerable<SubRow> rows, Col col, int c, WordPairs pairs)
    {
        // Per first line: the id of the lower-case word each cell goes on with; 0 where the cell ends, -1 where it goes
        // on with a capital (a list's next item).
        var groups = new Dictionary<long, List<int>>();
        foreach (var row in rows)
        {
            if (!row.Cells.TryGetValue(col, out var lines) || lines.Count == 0)
            {
                continue;
            }

            var first = CutLine.Of(lines[0], pairs);
            if (first.Count == 0 || first.Words[^1][^1] is ';' or ',' || first.EndsWaiting(first.Count))
            {
                continue;
            }

            var hash = first.Hash(0, first.Count);
            if (!groups.TryGetValue(hash, out var next))
            {
                groups[hash] = next = [];
            }

            var word = lines.Count > 1 ? FirstWord(lines[1]) : "";
            next.Add(word.Length == 0 ? 0 : char.IsLower(word[0]) ? pairs.Id(word) : -1);
        }

        foreach (var (hash, next) in groups)
        {
            foreach (var word in next)
            {
                if (word > 0 && next.Count(w => w == word) == 1 && next.Count > 1)
                {
                    _doubted.Add((c, hash, word));
                }
            }
        }
    }

    private static string FirstWord(string line)
    {
        var text = line.AsSpan().Trim();
        var space = text.IndexOf(' ');
        return (space < 0 ? text : text[..space]).ToString();
    }

    /// <summary>Whether <paramref name="after"/>'s unit cells (lead and support together) hold no word that
    /// <paramref name="before"/>'s did not (words may move between the two unit columns or leave them, none comes in) and
    /// its deadlines read the same.</summary>
    public static bool NoNewUnitWords(List<SubRow> before, List<SubRow> after)
    {
        if (!Words(before, Col.Time).SequenceEqual(Words(after, Col.Time), StringComparer.Ordinal))
        {
            return false; // the deadlines stay as they were read
        }

        var had = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Words(before, Col.Lead).Concat(Words(before, Col.Support)))
        {
            had[word] = had.GetValueOrDefault(word) + 1;
        }

        foreach (var word in Words(after, Col.Lead).Concat(Words(after, Col.Support)))
        {
            if (!had.TryGetValue(word, out var n) || n == 0)
            {
                return false;
            }

            had[word] = n - 1;
        }

        return true;
    }

    private static IEnumerable<string> Words(List<SubRow> rows, Col col) =>
        rows.SelectMany(r => r.Cells.GetValueOrDefault(col) ?? []).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
