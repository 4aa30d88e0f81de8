namespace ParPlan.Features.ParIndex;

/// <summary><c>POST /api/par/assessments/{id}/adjustments</c>: bonus and penalty points (within the set's caps) and why.</summary>
public sealed record AdjustmentRequest(decimal Bonus, decimal Penalty, string? Note, long Version);
