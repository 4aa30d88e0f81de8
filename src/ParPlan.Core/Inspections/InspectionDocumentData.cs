namespace ParPlan.Core.Inspections;

/// <summary>What the inspection plan and its conclusion (kết luận) print: the inspecting government, the plan, the
/// team decision, the denominator as stated, the units to inspect, the visits and the findings.</summary>
public sealed record InspectionDocumentData(
    string GovernmentName,
    string Title,
    int Year,
    InspectionKind Kind,
    decimal? CoverageTarget,
    string DenominatorText,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    IReadOnlyList<string> SelectedUnits,
    IReadOnlyList<InspectionDocumentVisit> Visits,
    IReadOnlyList<InspectionDocumentFinding> Findings,
    int CoveredUnits,
    int DenominatorUnits);
