using ParPlan.Core.Plans;
using ParPlan.Core.Text;

namespace ParPlan.Core.Targets;

/// <summary>
/// Finds every measurable target in a sentence, bullet or cell (DOMAIN §6, contract "Targets"): one entry per value,
/// with comparator, value, unit, level and stretch. The area is the context's hint, or else the sentence's topic.
/// Legal citations, dates, phases, task counts and service levels are not targets.
/// </summary>
public static class TargetExtractor
{
    public static IReadOnlyList<PlanTarget> Extract(string sentence, TargetContext context)
    {
        var text = VietText.CollapseWhitespace(VietText.Normalize(sentence ?? ""));
        if (text.Length == 0)
        {
            return [];
        }

        var key = VietText.FoldAligned(text);
        var namer = new TargetText(text, key);
        var targets = new List<PlanTarget>();
        foreach (var clause in TargetClauses.Clauses(text, TargetClauses.BodyStart(text)))
        {
            var hits = TargetValueScanner.Scan(text, key, clause);
            if (hits.Count == 0)
            {
                continue;
            }

            var texts = namer.Assign(clause, hits);
            for (var i = 0; i < hits.Count; i++)
            {
                var hit = hits[i];
                targets.Add(new PlanTarget
                {
                    Area = context.AreaHint ?? AreaClassifier.FromTopic(texts[i]),
                    Text = texts[i],
                    Comparator = hit.Comparator,
                    Value = hit.Value,
                    Unit = hit.Unit,
                    Level = hit.Level,
                    Stretch = hit.Stretch,
                    Source = string.IsNullOrWhiteSpace(context.Source) ? null : context.Source,
                    BaselineYear = hit.BaselineYear,
                });
            }
        }

        return targets;
    }
}
