using System.Globalization;
using System.Text.RegularExpressions;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Targets;

/// <summary>A measurable value found in a clause, with the cues around it. Positions index the normalised text.</summary>
internal sealed record ValueHit
{
    public required Span Number { get; init; }
    public required decimal Value { get; init; }
    public required string Unit { get; init; }
    public required string Comparator { get; init; }
    public int? BaselineYear { get; init; }
    public GovernmentLevel? Level { get; init; }
    public int? LevelStart { get; init; }
    public bool Stretch { get; init; }

    /// <summary>Whether a cue word stated the comparator (not the default).</summary>
    public bool Cued { get; init; }
}

/// <summary>
/// Finds target values in one clause: a percentage anywhere, or a count or amount of money governed by a comparator cue.
/// Reads the comparator from the words around the value (tối thiểu/ít nhất/… trở lên → &gt;=, trên → &gt;, không quá/tối đa →
/// &lt;=, dưới → &lt;, giảm … so với năm Y → reduce-by), a level written right before it ("cấp huyện 90%", ": xã 70%")
/// or right after it ("90% ở cấp tỉnh"), a reduction verb shared by a second value ("giảm 20% thời gian và 20% chi
/// phí") and stretch when "phấn đấu" opens the clause or stands between the previous value and this one. Years, dates,
/// codes, task counts and service levels are not values.
/// </summary>
internal static partial class TargetValueScanner
{
    private static readonly HashSet<string> NotCountAfter =
        ["nam", "thang", "ngay", "quy", "tuan", "gio", "phut", "cap", "nhiem", "muc", "giai", "ky", "lan thu", "dieu", "khoan"];

    private static readonly HashSet<string> NotCountBefore =
        ["nam", "thang", "ngay", "quy", "so", "dieu", "khoan", "khoa", "ky", "doan", "do", "muc", "cap", "thu", "diem", "sau", "iso", "luc"];

    private static readonly HashSet<string> NounStop =
        ["duoc", "co", "cua", "tren", "trong", "thuoc", "dat", "va", "so", "voi", "tai", "de", "theo", "tro", "la", "cho", "moi", "hang"];

    public static List<ValueHit> Scan(string text, string key, Span clause)
    {
        var hits = new List<ValueHit>();
        var previousEnd = clause.Start;
        var governed = key[clause.Start..clause.End].StartsWith("phan dau", StringComparison.Ordinal);
        foreach (Match m in NumberPattern().Matches(key[..clause.End], clause.Start))
        {
            var before = Words(key[Math.Max(clause.Start, m.Index - 48)..m.Index]);
            var after = key[(m.Index + m.Length)..clause.End];
            var hit = Read(text, key, m, before, after);
            if (hit is null)
            {
                continue;
            }

            // "Phấn đấu" opening the clause governs every value in it; elsewhere it governs the values after it.
            var stretch = governed || key[previousEnd..m.Index].Contains("phan dau", StringComparison.Ordinal);
            var (level, levelStart) = LevelBefore(key, clause.Start, m.Index);
            level ??= LevelAfter(key[hit.Number.End..clause.End]);
            if (hits.Count > 0 && hits[^1] is { Comparator: Comparators.ReduceBy } reduced && !hit.Cued
                && SharedReduction().IsMatch(key[reduced.Number.End..m.Index]))
            {
                // "Cắt giảm 20% thời gian và 20% chi phí": the second value is reduced by the same verb.
                hit = hit with { Comparator = Comparators.ReduceBy, BaselineYear = hit.BaselineYear ?? reduced.BaselineYear };
            }

            hits.Add(hit with { Stretch = stretch, Level = level, LevelStart = levelStart });
            previousEnd = hit.Number.End;
        }

        return hits;
    }

    private static ValueHit? Read(string text, string key, Match m, List<string> before, string after)
    {
        var percent = m.Groups["pct"].Success;
        var money = percent ? null : Money().Match(after);
        var (comparator, hasCue) = Comparator(before, after);
        string unit;
        var end = m.Index + m.Length;
        decimal scale = 1;
        if (percent)
        {
            unit = "%";
        }
        else if (money is { Success: true })
        {
            unit = "VND";
            end += money.Length;
            scale = money.Groups["mult"].Value switch { "trieu" => 1_000_000m, "ty" => 1_000_000_000m, "nghin" or "ngan" => 1_000m, _ => 1m };
        }
        else
        {
            var next = Words(after).FirstOrDefault() ?? "";
            if (!hasCue || NotCountAfter.Contains(next) || before.Count == 0 || NotCountBefore.Contains(before[^1]))
            {
                return null;
            }

            unit = Noun(text, key, end);
        }

        if (!TryNumber(m.Groups["num"].Value, percent, out var value))
        {
            return null;
        }

        var baseline = Baseline().Match(after);
        return new ValueHit
        {
            Number = new Span(m.Index, end),
            Value = value * scale,
            Unit = unit,
            Comparator = comparator,
            Cued = hasCue,
            BaselineYear = comparator == Comparators.ReduceBy && baseline.Success
                ? int.Parse(baseline.Groups["year"].Value, CultureInfo.InvariantCulture)
                : null,
        };
    }

    /// <summary>The comparator, and whether a cue word stated it (a bare count without a cue is not a target).</summary>
    private static (string Comparator, bool Explicit) Comparator(List<string> before, string after)
    {
        if (AtMostCue().IsMatch(after)) { return (Comparators.AtMost, true); }
        if (before.TakeLast(3).Contains("giam")) { return (Comparators.ReduceBy, true); }
        if (EndsWith(before, "toi thieu") || EndsWith(before, "it nhat")
            || EndsWith(before, "khong duoi") || EndsWith(before, "khong thap hon") || EndsWith(before, "khong it hon")) { return (Comparators.AtLeast, true); }
        if (EndsWith(before, "khong qua") || EndsWith(before, "vuot qua") || EndsWith(before, "toi da")
            || EndsWith(before, "khong cao hon") || EndsWith(before, "khong nhieu hon")) { return (Comparators.AtMost, true); }
        if (EndsWith(before, "tren")) { return (Comparators.MoreThan, true); }
        if (EndsWith(before, "duoi")) { return (Comparators.LessThan, true); }
        var stated = EndsWith(before, "dat") || EndsWith(before, "phan dau")
            || AtLeastCue().IsMatch(after);
        return (Comparators.AtLeast, stated);
    }

    /// <summary>A level named right before the value, after the clause start, a separator or "cấp".</summary>
    private static (GovernmentLevel?, int?) LevelBefore(string key, int clauseStart, int numberStart)
    {
        var m = LevelTail().Match(key[clauseStart..numberStart]);
        if (!m.Success)
        {
            return (null, null);
        }

        var g = m.Groups["lv"];
        var hasCap = g.Value.StartsWith("cap", StringComparison.Ordinal);
        var lead = key[clauseStart..(clauseStart + g.Index)].TrimEnd();
        if (!hasCap && lead.Length > 0 && lead[^1] is not (':' or ';' or ','))
        {
            return (null, null);
        }

        var level = g.Value.Contains("tinh", StringComparison.Ordinal) ? GovernmentLevel.Province
            : DistrictWord().IsMatch(g.Value) ? GovernmentLevel.District
            : GovernmentLevel.Commune;
        return (level, clauseStart + g.Index);
    }

    /// <summary>A level named right after the value with its preposition ("98% ở cấp tỉnh", "70% tại cấp xã").</summary>
    private static GovernmentLevel? LevelAfter(string after)
    {
        var m = LevelHead().Match(after);
        return !m.Success ? null
            : m.Groups["lv"].Value == "tinh" ? GovernmentLevel.Province
            : DistrictWord().IsMatch(m.Groups["lv"].Value) ? GovernmentLevel.District
            : GovernmentLevel.Commune;
    }

    /// <summary>The noun written after a count ("05 sáng kiến", "10 biên chế"), at most two words; "count" when none.</summary>
    private static string Noun(string text, string key, int from)
    {
        var m = NounPhrase().Match(key, from);
        var kept = m.Success ? m.Groups["w"].Captures.TakeWhile(c => !NounStop.Contains(c.Value)).ToList() : [];
        return kept.Count == 0 ? "count" : text[kept[0].Index..(kept[^1].Index + kept[^1].Length)];
    }

    private static bool TryNumber(string raw, bool percent, out decimal value)
    {
        var thousands = ThousandsGrouped().IsMatch(raw) && !percent;
        var normalised = thousands ? raw.Replace(".", "", StringComparison.Ordinal) : raw.Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool EndsWith(List<string> words, string phrase)
    {
        var parts = phrase.Split(' ');
        return words.Count >= parts.Length && words.TakeLast(parts.Length).SequenceEqual(parts);
    }

    private static List<string> Words(string key) => WordPattern().Matches(key).Select(w => w.Value).ToList();

    [GeneratedRegex(@"(?<![\p{L}\d/.,:\-])(?<num>\d+(?:[.,]\d+)*)(?![\d/:]|[.,\-]\d)(?<pct>\s?%|\s?phan tram)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\s*(?<mult>trieu|ty|nghin|ngan)?\s*(dong|vnd)\b")]
    private static partial Regex Money();

    [GeneratedRegex(@"^\s*%?\s*so voi\s+(?:nam\s+)?(?<year>\d{4})")]
    private static partial Regex Baseline();

    [GeneratedRegex(@"(?<lv>(?:cap\s+)?(?:tinh|huyen|quan|thi xa|thi tran|xa|phuong))\s*:?\s*(?:(?:dat|toi thieu|it nhat|tren|tu|ti le|ty le)\s*)*$")]
    private static partial Regex LevelTail();

    [GeneratedRegex(@"^\s*(?:o|tai|doi voi)\s+cap\s+(?<lv>tinh|huyen|xa)\b")]
    private static partial Regex LevelHead();

    /// <summary>What may stand between a reduction's value and a second value it governs: the first value's object and
    /// "và" or a comma, no verb or cue of its own.</summary>
    [GeneratedRegex(@"^(?![^.;]*\b(?:dat|tang|phan dau|giam|toi thieu|it nhat|tren|duoi|toi da|khong)\b)[^.;]{0,80}(?:\bva|,)\s*$")]
    private static partial Regex SharedReduction();

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\G\s*(?<w>[\p{L}\p{M}]+)(?:\s+(?<w>[\p{L}\p{M}]+))?")]
    private static partial Regex NounPhrase();

    [GeneratedRegex(@"^\s*%?\s*tro xuong\b")]
    private static partial Regex AtMostCue();

    [GeneratedRegex(@"^\s*[\p{L}\p{M} ]{0,40}?\btro len\b")]
    private static partial Regex AtLeastCue();

    [GeneratedRegex(@"huyen|quan|thi xa")]
    private static partial Regex DistrictWord();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsGrouped();
}
