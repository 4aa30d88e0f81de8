namespace ParPlan.Core.ParIndex;

/// <summary>A PAR INDEX criteria set as the contract's JSON describes it (<c>parplan.par-criteria/1</c>): fields of criteria
/// and sub-criteria with their maxima and scoring rules, the survey points, bonus and penalty caps, how inapplicable items
/// are treated and the bands as an ordered list of rules.</summary>
public sealed record CriteriaSet
{
    public const string SchemaId = "parplan.par-criteria/1";

    public string? Schema { get; init; } = SchemaId;

    public string Name { get; init; } = "";

    public string Issuer { get; init; } = "";

    public int Year { get; init; }

    /// <summary>The ranking block: commune, ward, agency, district or province (<see cref="ParBlocks"/>).</summary>
    public string Block { get; init; } = "";

    public DateOnly EffectiveFrom { get; init; }

    /// <summary>The last day self-scores may change, on the app's clock.</summary>
    public DateOnly SelfAssessmentLockOn { get; init; }

    public decimal Scale { get; init; } = 100;

    /// <summary>True for an example set (demo data): it is shown as "not official".</summary>
    public bool Example { get; init; }

    public IReadOnlyList<CriterionNode> Fields { get; init; } = [];

    public SurveySpec? Survey { get; init; }

    public AdjustmentSpec? Adjustments { get; init; }

    /// <summary><c>rescale</c> (the default) or <c>zero</c>: how inapplicable items count (<see cref="NotApplicableModes"/>).</summary>
    public string NotApplicable { get; init; } = NotApplicableModes.Rescale;

    public IReadOnlyList<BandRule> Bands { get; init; } = [];

    /// <summary>Every node, depth first, fields included.</summary>
    public IEnumerable<CriterionNode> AllNodes() => Fields.SelectMany(f => f.SelfAndDescendants());

    /// <summary>The scorable leaves (nodes with a rule), in the set's order.</summary>
    public IEnumerable<CriterionNode> Leaves() => AllNodes().Where(n => n.IsLeaf);
}
