using ParPlan.Core.Inspections;

namespace ParPlan.Features.Inspections;

/// <summary>An inspection plan with its denominator as stated, its units, visits, findings and coverage.</summary>
public sealed record InspectionView(Guid Id, Guid GovernmentId, string GovernmentName, int Year, string Title, InspectionKind Kind, string? TargetSource,
    bool ChosenDenominator, string DenominatorText, string? DecisionNumber, DateOnly? DecisionDate, long Version, InspectionCoverage Coverage,
    IReadOnlyList<InspectionUnitRow> Units, IReadOnlyList<VisitRow> Visits, IReadOnlyList<FindingRow> Findings)
{
    public int OpenFindings => Findings.Count(f => f.Status != FindingStatus.Closed);

    public int OverdueFindings => Findings.Count(f => f.Status == FindingStatus.Overdue);
}
