namespace ParPlan.Features.Inspections;

/// <summary>A visit as listed: the unit, the day, the topic codes, the note and its number of findings.</summary>
public sealed record VisitRow(Guid Id, Guid InspectionId, Guid UnitId, string UnitName, DateOnly Date, IReadOnlyList<string> Topics, string? Note, int Findings);
