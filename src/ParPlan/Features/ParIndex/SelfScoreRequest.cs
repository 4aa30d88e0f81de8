namespace ParPlan.Features.ParIndex;

/// <summary><c>PUT /api/par/assessments/{id}/items/{code}</c>: the unit's score, its explanation, whether it applies.</summary>
public sealed record SelfScoreRequest(decimal? SelfScore, string? Explanation, bool? Applicable, long Version);
