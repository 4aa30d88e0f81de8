namespace ParPlan.Features.Inspections;

/// <summary><c>POST /api/inspections/visits/{visitId}/findings</c>: what was found and by when the unit must remedy it.</summary>
public sealed record FindingRequest(string? Text, DateOnly? RemedyDueOn);
