namespace ParPlan.Core.ParIndex;

/// <summary>A field (lĩnh vực), criterion (TC) or sub-criterion (TCTP): either it has children, or it has a rule and is a
/// scorable leaf. <see cref="OwnerArea"/> is inherited from the nearest ancestor that names one.</summary>
public sealed record CriterionNode
{
    public string Code { get; init; } = "";

    public string Title { get; init; } = "";

    public decimal MaxPoints { get; init; }

    /// <summary>The plan area whose unit scores it (direction, institutions, procedures, …); null = the standing agency.</summary>
    public string? OwnerArea { get; init; }

    /// <summary>The evidence it requires (tài liệu kiểm chứng).</summary>
    public string? Evidence { get; init; }

    public ScoringRule? Rule { get; init; }

    public IReadOnlyList<CriterionNode>? Criteria { get; init; }

    public bool IsLeaf => Criteria is not { Count: > 0 };

    public IEnumerable<CriterionNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Criteria ?? [])
        {
            foreach (var node in child.SelfAndDescendants())
            {
                yield return node;
            }
        }
    }
}
