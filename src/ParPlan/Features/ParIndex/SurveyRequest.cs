namespace ParPlan.Features.ParIndex;

/// <summary><c>POST /api/par/assessments/{id}/survey</c>: the survey (XHH) points.</summary>
public sealed record SurveyRequest(decimal? Points, long Version);
