namespace ParPlan.Features.Inspections;

/// <summary><c>POST /api/inspections/{id}/visits</c>: the inspected unit, the day and the topics (codes or names of
/// <c>InspectionTopicLabels</c>, several for an integrated visit), and an optional note.</summary>
public sealed record VisitRequest(Guid? UnitId, DateOnly? Date, IReadOnlyList<string>? Topics, string? Note = null);
