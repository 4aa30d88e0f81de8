namespace ParPlan.Core.Inspections;

/// <summary>A visit as printed: the unit, the day and the topics' names.</summary>
public sealed record InspectionDocumentVisit(string UnitName, DateOnly Date, IReadOnlyList<string> Topics);
