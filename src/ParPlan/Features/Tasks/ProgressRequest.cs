namespace ParPlan.Features.Tasks;

/// <summary><c>POST /api/tasks/{id}/progress</c> body.</summary>
public sealed record ProgressRequest(string? Status, int? Percent, string? Note, long? Version, string? Period = null);
