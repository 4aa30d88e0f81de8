namespace ParPlan.Core.Plans.Import;

/// <summary>
/// How often two words stand side by side in one document. A plan repeats its phrases — unit names ("Phòng Nội vụ",
/// "UBND các xã, thị trấn"), products, deadlines — so a pair that recurs is a phrase of the document: a cut between its
/// words is unlikely, and a cell whose line ends on the first word most likely goes on with the second ("các cơ" /
/// "quan chuyên môn"). Learned from the document itself, not from a list.
/// </summary>
internal sealed class WordPairs
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _counts = [0]; // id 0: no word
    private readonly Dictionary<long, int> _pairs = [];

    /// <summary>Pairs of the document that are compound words of the administration's language (<see cref="CompoundWords"/>).</summary>
    private readonly HashSet<long> _compounds = [];

    /// <summary>The bond of a compound word of the administration's language that the document holds, seen together or not.</summary>
    private const double CompoundBond = 0.6;

    public static WordPairs Empty { get; } = new();

    public static WordPairs Of(IEnumerable<string> lines)
    {
        var result = new WordPairs();
        foreach (var line in lines)
        {
            var before = 0;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var id = result.Id(word, true);
                result._counts[id]++;
                if (before > 0)
                {
                    var key = Key(before, id);
                    result._pairs[key] = result._pairs.GetValueOrDefault(key) + 1;
                }

                before = id;
            }
        }

        result.AddCompounds();
        return result;
    }

    /// <summary>
    /// Counts the pairs again over <paramref name="lines"/>, keeping the words' ids: once a table is read, its cells' own
    /// texts (each cell's lines joined) tell its phrases better than its interleaved lines, which put the neighbouring
    /// cells of rows that repeat side by side ("… Xã" | "Các phòng …") and never hold a phrase wrapped in a narrow column.
    /// </summary>
    public void Recount(IEnumerable<string> lines)
    {
        _pairs.Clear();
        for (var i = 0; i < _counts.Count; i++)
        {
            _counts[i] = 0;
        }

        foreach (var line in lines)
        {
            var before = 0;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var id = Id(word, false);
                _counts[id]++;
                if (before > 0 && id > 0)
                {
                    var key = Key(before, id);
                    _pairs[key] = _pairs.GetValueOrDefault(key) + 1;
                }

                before = id;
            }
        }
    }

    /// <summary>The word's id, or 0 for a word the document does not hold.</summary>
    public int Id(string word) => Id(word, false);

    /// <summary>How much <paramref name="first"/> then <paramref name="second"/> reads as one phrase of the document: the
    /// share of the rarer word's occurrences it has next to the other, 0 for a pair seen fewer than twice.</summary>
    public double Bond(int first, int second)
    {
        if (first <= 0 || second <= 0)
        {
            return 0;
        }

        var key = Key(first, second);
        var compound = _compounds.Contains(key) ? CompoundBond : 0;
        if (!_pairs.TryGetValue(key, out var together) || together < 2)
        {
            return compound;
        }

        return Math.Max(compound, (double)together / Math.Min(_counts[first], _counts[second]));
    }

    /// <summary>
    /// The compound words of <see cref="CompoundWords"/> whose two syllables the document holds: in a narrow column the
    /// document may never print them side by side ("Phòng Văn hoá - Xã" / "hội"), yet they stay one word.
    /// </summary>
    private void AddCompounds()
    {
        var byFolded = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (word, id) in _ids)
        {
            var folded = PhraseKit.Fold(word);
            if (!byFolded.TryGetValue(folded, out var ids))
            {
                byFolded[folded] = ids = [];
            }

            ids.Add(id);
        }

        foreach (var compound in CompoundWords.All)
        {
            var space = compound.IndexOf(' ', StringComparison.Ordinal);
            if (byFolded.TryGetValue(compound[..space], out var firsts) && byFolded.TryGetValue(compound[(space + 1)..], out var seconds))
            {
                foreach (var a in firsts)
                {
                    foreach (var b in seconds)
                    {
                        _compounds.Add(Key(a, b));
                    }
                }
            }
        }
    }

    private int Id(string word, bool add)
    {
        var key = Normal(word);
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }

        if (!add)
        {
            return 0;
        }

        _ids[key] = _counts.Count;
        _counts.Add(0);
        return _counts.Count - 1;
    }

    private static long Key(int a, int b) => ((long)a << 32) | (uint)b;

    private static string Normal(string word)
    {
        var end = word.Length;
        while (end > 1 && word[end - 1] is ',' or ';' or '.' or ':' or ')')
        {
            end--;
        }

        var start = word[0] == '(' && end > 1 ? 1 : 0;
        return word[start..end].ToLowerInvariant();
    }
}
