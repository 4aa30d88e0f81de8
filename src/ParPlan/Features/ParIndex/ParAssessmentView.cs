namespace ParPlan.Features.ParIndex;

/// <summary>An assessment as <c>GET /api/par/assessments/{id}</c> gives it; the conflict answer of a stale write carries it as <c>current</c>.</summary>
public sealed record ParAssessmentView(
    Guid Id,
    Guid UnitId,
    Guid CriteriaSetId,
    string Status,
    long Version,
    IReadOnlyList<ParItemView> Items,
    decimal SelfTotal,
    decimal AppraisedTotal,
    string UnitName,
    int Round,
    decimal? SurveyPoints,
    decimal Bonus,
    decimal Penalty,
    string? AdjustmentNote,
    decimal? Index,
    string? Band,
    DateOnly LockOn,
    bool Locked);
