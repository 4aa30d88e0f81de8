using ParPlan.Core.Inspections;

namespace ParPlan.Features.Inspections;

/// <summary>A government's inspections of a year in figures: the coverage of its planned and unscheduled inspections
/// (null when it has none), the units inspected, and its findings found, fixed, still open and overdue.</summary>
public sealed record InspectionSummary(int Year, InspectionCoverage? Coverage, int Plans, int UnitsInspected, int Found, int Fixed, int Open, int Overdue);
