namespace ParPlan.Features.ParIndex;

/// <summary><c>PUT /api/par/assessments/{id}/items/{code}/reply</c>: the unit's explanation (giải trình) to round 1.</summary>
public sealed record ReplyRequest(string? Text, long Version);
