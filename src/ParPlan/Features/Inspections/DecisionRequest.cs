namespace ParPlan.Features.Inspections;

/// <summary><c>PUT /api/inspections/{id}/decision</c>: the decision setting up the inspection team (number and date).</summary>
public sealed record DecisionRequest(string? Number, DateOnly? Date, long? Version = null);
