namespace ParPlan.Features.ParIndex;

/// <summary><c>PUT /api/par/assessments/{id}/items/{code}/appraisal</c>.</summary>
public sealed record AppraisalRequest(decimal? AppraisedScore, string? Comment, long Version);
