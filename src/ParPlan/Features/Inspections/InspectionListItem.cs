using ParPlan.Core.Inspections;

namespace ParPlan.Features.Inspections;

/// <summary>An inspection plan in the list: its coverage and how many findings are still open or overdue.</summary>
public sealed record InspectionListItem(Guid Id, Guid GovernmentId, string GovernmentName, int Year, string Title, InspectionKind Kind,
    InspectionCoverage Coverage, int Visits, int Findings, int OpenFindings, int OverdueFindings);
