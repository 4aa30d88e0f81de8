using ParPlan.Core.Text;

namespace ParPlan.Core.Plans.Matching;

/// <summary>
/// Matches unit names as plans write them ("VP HĐND&amp;UBND", "Bộ phận TN&amp;TKQ", "Các CQCM", "Phòng VHXH") against a
/// government's units and groups: accent-insensitive (<see cref="VietText.Fold"/>), abbreviation-aware (an
/// abbreviation matches a run of words by their initials: TN = tiếp nhận, TKQ = trả kết quả, HCC = hành chính công),
/// tolerant of "và/&amp;", punctuation and a trailing level word ("xã", "huyện"). Remembered mappings win.
/// </summary>
public sealed class UnitMatcher
{
    /// <summary>Minimum similarity (Dice over words, after abbreviation expansion) for a fuzzy match.</summary>
    public const double Threshold = 0.8;

    private static readonly HashSet<string> StopWords = ["va", "cua", "thuoc", "cac"];

    private static readonly HashSet<string> LevelWords = ["xa", "huyen", "tinh", "phuong", "thi", "tran"];

    private readonly IReadOnlyList<(MatchCandidate Candidate, string Key, string[] Words)> names;
    private readonly Dictionary<string, RememberedMapping> remembered;
    private readonly Dictionary<Guid, MatchCandidate> byId;

    public UnitMatcher(IEnumerable<MatchCandidate> candidates, IReadOnlyDictionary<string, RememberedMapping>? remembered = null)
    {
        var list = candidates.ToList();
        byId = list.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
        names = list.SelectMany(c => c.Aliases.Prepend(c.Name).Distinct().Select(n => (c, Key(n), Words(n)))).ToList();
        this.remembered = new Dictionary<string, RememberedMapping>(StringComparer.Ordinal);
        foreach (var (key, value) in remembered ?? new Dictionary<string, RememberedMapping>())
        {
            this.remembered[key] = value;
        }
    }

    /// <summary>The key remembered mappings are stored under.</summary>
    public static string Key(string text) => VietText.Fold(text).Trim(' ', '-', ';', ',', '.', ':');

    public UnitMatch Match(string text)
    {
        var key = Key(text);
        if (remembered.TryGetValue(key, out var mapping))
        {
            if (mapping.Ignore)
            {
                return new UnitMatch(text, MatchHow.Ignored, null, 1);
            }

            if (mapping.TargetId is { } id && byId.TryGetValue(id, out var known))
            {
                return new UnitMatch(text, MatchHow.Remembered, known, 1);
            }
        }

        var exact = names.Where(n => n.Key == key).Select(n => n.Candidate).Distinct().ToList();
        if (exact.Count == 1)
        {
            return new UnitMatch(text, MatchHow.Exact, exact[0], 1);
        }

        var words = Words(text);
        if (words.Length == 0)
        {
            return new UnitMatch(text, MatchHow.Unmatched, null, 0);
        }

        var scored = names
            .Select(n => (n.Candidate, Score: Similarity(words, n.Words)))
            .Where(s => s.Score >= Threshold)
            .GroupBy(s => s.Candidate.Id)
            .Select(g => g.MaxBy(s => s.Score))
            .OrderByDescending(s => s.Score)
            .ToList();
        if (scored.Count == 0 || (scored.Count > 1 && scored[1].Score >= scored[0].Score - 1e-9))
        {
            return new UnitMatch(text, MatchHow.Unmatched, null, scored.Count == 0 ? 0 : scored[0].Score);
        }

        return new UnitMatch(text, scored[0].Score >= 1 - 1e-9 ? MatchHow.Exact : MatchHow.Fuzzy, scored[0].Candidate, scored[0].Score);
    }

    /// <summary>The words of a name: folded, split on spaces and punctuation ("&amp;", "-", ","), without "và",
    /// "các", "thuộc" and a trailing level word.</summary>
    public static string[] Words(string text)
    {
        var folded = VietText.Fold(text);
        var chars = folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        var words = new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w)).ToList();
        while (words.Count > 1 && LevelWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.ToArray();
    }

    /// <summary>Dice similarity over words after expanding, on each side, the abbreviations the other side spells out.</summary>
    public static double Similarity(string[] a, string[] b)
    {
        var left = Expand(a, b);
        var right = Expand(b, left);
        left = Expand(left, right);
        if (left.Length + right.Length == 0)
        {
            return 0;
        }

        var pool = right.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var w in left)
        {
            if (pool.TryGetValue(w, out var n) && n > 0)
            {
                pool[w] = n - 1;
                common++;
            }
        }

        return 2.0 * common / (left.Length + right.Length);
    }

    /// <summary>Replaces each word of <paramref name="words"/> that is absent from <paramref name="other"/> but equals the
    /// initials of a run of words there ("hcc" ↔ "hanh chinh cong") by that run.</summary>
    private static string[] Expand(string[] words, string[] other)
    {
        var result = new List<string>(words.Length);
        var otherSet = other.ToHashSet();
        foreach (var w in words)
        {
            if (w.Length is >= 2 and <= 6 && !otherSet.Contains(w) && w.All(char.IsLetter) && FindRun(w, other) is { } run)
            {
                result.AddRange(run);
            }
            else
            {
                result.Add(w);
            }
        }

        return result.ToArray();
    }

    private static string[]? FindRun(string abbreviation, string[] words)
    {
        for (var start = 0; start + abbreviation.Length <= words.Length; start++)
        {
            var ok = true;
            for (var i = 0; i < abbreviation.Length && ok; i++)
            {
                ok = words[start + i].Length > 0 && words[start + i][0] == abbreviation[i];
            }

            if (ok)
            {
                return words[start..(start + abbreviation.Length)];
            }
        }

        return null;
    }
}
