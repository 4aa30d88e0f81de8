namespace ParPlan.Features.Inspections;

/// <summary>A unit of an inspection plan's page: counted in the denominator, selected for inspection, inspected.</summary>
public sealed record InspectionUnitRow(Guid UnitId, string Name, bool InDenominator, bool Selected, bool Inspected);
