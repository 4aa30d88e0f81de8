namespace ParPlan.Features.ParIndex;

/// <summary><c>POST /api/par/assessments</c>.</summary>
public sealed record OpenAssessmentRequest(Guid CriteriaSetId, Guid UnitId);
