using ParPlan.Core.ParIndex;

namespace ParPlan.Features.ParIndex;

/// <summary>An assessment (tracked) with its set version, parsed set and items, as a command works on it.</summary>
public sealed record ParLoaded(ParAssessment Assessment, ParCriteriaSet Stored, CriteriaSet Set, List<ParAssessmentItem> Items)
{
    public CriterionNode? Leaf(string code) => Set.Leaves().FirstOrDefault(l => l.Code == code);

    /// <summary>The owner area of a leaf: its own, or its nearest ancestor's.</summary>
    public string? AreaOf(string code)
    {
        foreach (var field in Set.Fields)
        {
            if (Find(field, code, field.OwnerArea) is { } found) return found.Area;
        }

        return null;
    }

    private static (string? Area, bool Hit)? Find(CriterionNode node, string code, string? inherited)
    {
        var area = node.OwnerArea ?? inherited;
        if (node.Code == code) return (area, true);
        foreach (var child in node.Criteria ?? [])
        {
            if (Find(child, code, area) is { } hit) return hit;
        }

        return null;
    }
}
