namespace ParPlan.Features.ParIndex;

/// <summary>One finalised unit in <c>GET /api/par/results</c> (the contract's fields first), with last year's index for the change.</summary>
public sealed record ParResultRow(
    Guid UnitId,
    decimal SelfTotal,
    decimal AppraisedTotal,
    decimal? SurveyPoints,
    decimal Bonus,
    decimal Penalty,
    decimal Index,
    string? Band,
    int Rank,
    Guid AssessmentId,
    string UnitName,
    decimal? PreviousIndex);
