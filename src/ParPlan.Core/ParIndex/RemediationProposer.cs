using ParPlan.Core.Text;

namespace ParPlan.Core.ParIndex;

/// <summary>
/// Remediation (DOMAIN §7.3, D3 §V.1): every applicable leaf of a finalised assessment that kept less than its maximum
/// becomes a proposed task for next year, in the plan area of the criterion's owner area (the index's eighth field,
/// impact, goes to the plan's "indices" area). Codes follow the set's order.
/// </summary>
public static class RemediationProposer
{
    /// <summary>The plan area that carries remediation of <paramref name="parArea"/>.</summary>
    public static string PlanAreaOf(string? parArea) => parArea switch
    {
        null => ParAreas.Direction,
        ParAreas.Impact => "indices",
        _ => parArea,
    };

    /// <param name="set">The set version the assessment used.</param>
    /// <param name="points">Each leaf's final points (appraised, else self-scored) and whether it applies.</param>
    public static IReadOnlyList<RemediationDraft> Propose(CriteriaSet set, IReadOnlyDictionary<string, LeafScore> points)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(points);
        var drafts = new List<RemediationDraft>();
        foreach (var field in set.Fields)
        {
            Walk(field, field.OwnerArea, set.Year, points, drafts);
        }

        return drafts;
    }

    private static void Walk(CriterionNode node, string? area, int year, IReadOnlyDictionary<string, LeafScore> points, List<RemediationDraft> drafts)
    {
        area = node.OwnerArea ?? area;
        if (!node.IsLeaf)
        {
            foreach (var child in node.Criteria ?? [])
            {
                Walk(child, area, year, points, drafts);
            }

            return;
        }

        var score = points.TryGetValue(node.Code, out var s) ? s : new LeafScore(0);
        if (!score.Applicable || score.Points >= node.MaxPoints)
        {
            return;
        }

        var lost = node.MaxPoints - score.Points;
        var title = $"Khắc phục hạn chế ở tiêu chí {node.Code} “{node.Title}” của Chỉ số CCHC năm {year} (bị trừ {NumberText.Decimal(lost)}/{NumberText.Decimal(node.MaxPoints)} điểm)";
        drafts.Add(new RemediationDraft(node.Code, node.Title, node.MaxPoints, score.Points, PlanAreaOf(area), title));
    }
}
