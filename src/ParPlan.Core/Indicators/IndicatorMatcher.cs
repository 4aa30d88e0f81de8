using ParPlan.Core.Plans;

namespace ParPlan.Core.Indicators;

/// <summary>
/// Suggests catalogue indicators for a parsed plan target from its wording. The text is compared in
/// <see cref="TextKey"/> form (so "tỉ lệ"/"tỷ lệ", "số hoá"/"số hóa" and unaccented input all match); each
/// <see cref="KeywordRule"/> whose phrases all occur adds its weight. Suggestions with a positive score are returned,
/// best first; indicators not applicable to the target's level and non-% indicators for % targets (and vice versa) are skipped.
/// </summary>
public static class IndicatorMatcher
{
    public static IReadOnlyList<IndicatorSuggestion> Suggest(PlanTarget target, int max = 3)
    {
        var text = TextKey.Normalize(target.Text);
        bool percent = target.Unit.Trim() == "%";
        var list = new List<IndicatorSuggestion>();
        foreach (var def in IndicatorCatalog.All)
        {
            if (target.Level is { } level && !def.AppliesTo(level)) continue;
            bool defPercent = def.Unit == "%";
            if (percent != defPercent && target.Comparator != Comparators.ReduceBy) continue;
            int score = 0;
            var matched = new List<string>();
            foreach (var rule in def.Keywords)
            {
                if (rule.AllOf.All(p => text.Contains(p, StringComparison.Ordinal)))
                {
                    score += rule.Weight;
                    if (rule.Weight > 0) matched.Add(string.Join(" + ", rule.AllOf));
                }
            }
            if (score > 0 && matched.Count > 0) list.Add(new IndicatorSuggestion(def, score, matched));
        }
        return list.OrderByDescending(s => s.Score).ThenBy(s => IndicatorCatalogIndex(s.Indicator)).Take(max).ToList();
    }

    /// <summary>The best suggestion, or null.</summary>
    public static IndicatorDefinition? Best(PlanTarget target)
    {
        var suggestions = Suggest(target, 1);
        return suggestions.Count > 0 ? suggestions[0].Indicator : null;
    }

    private static int IndicatorCatalogIndex(IndicatorDefinition d)
    {
        for (int i = 0; i < IndicatorCatalog.All.Count; i++)
        {
            if (ReferenceEquals(IndicatorCatalog.All[i], d)) return i;
        }
        return int.MaxValue;
    }
}
