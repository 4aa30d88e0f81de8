namespace ParPlan.Features.ParIndex;

/// <summary>One scorable leaf as <c>GET /api/par/assessments/{id}</c> gives it (the contract's fields first).</summary>
public sealed record ParItemView(
    string Code,
    decimal MaxPoints,
    bool Applicable,
    decimal? SelfScore,
    string? Explanation,
    IReadOnlyList<ParEvidenceView> Evidence,
    decimal? ProposedScore,
    decimal? AppraisedScore,
    string? Comment,
    string Title,
    string FieldCode,
    string? OwnerArea,
    string RuleKind,
    string? EvidenceRequired,
    string? ProposalNote,
    decimal? Round1Score,
    string? Reply);
