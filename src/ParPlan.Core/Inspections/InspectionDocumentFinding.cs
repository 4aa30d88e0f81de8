namespace ParPlan.Core.Inspections;

/// <summary>A finding as printed: the unit, the finding, the remedy due date and its status name.</summary>
public sealed record InspectionDocumentFinding(string UnitName, string Text, DateOnly RemedyDueOn, string Status);
