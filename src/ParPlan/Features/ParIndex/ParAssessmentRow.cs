namespace ParPlan.Features.ParIndex;

/// <summary>An assessment in a list: whose, on which set, how far (scored leaves of the applicable ones) and its result.</summary>
public sealed record ParAssessmentRow(Guid Id, Guid UnitId, string UnitName, Guid CriteriaSetId, string SetName, int Year, string Status, int Round,
    int Scored, int Applicable, decimal SelfTotal, decimal AppraisedTotal, decimal? Index, string? Band);
