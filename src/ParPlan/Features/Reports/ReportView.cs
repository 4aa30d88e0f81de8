using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports;

/// <summary>
/// <c>GET /api/reports/{id}</c>: the contract fields (<c>id</c>, <c>unitId</c>, <c>period</c>, <c>windowFrom</c>,
/// <c>windowTo</c>, <c>status</c>, <c>version</c>, <c>asOf</c>, <c>sections</c>, <c>figures</c>, <c>children</c>) plus
/// what pages need: names, regime, due date, the workflow's who and when, the return reason, the consolidation of a
/// government's report and what the reader may do. <c>asOf</c> is null while the figures are live (a draft); once
/// submitted it is the instant they were frozen. <c>annex</c> is the annex template's typed-in rows with the values typed
/// so far (frozen at submission).
/// </summary>
public sealed record ReportView(
    Guid Id,
    Guid UnitId,
    string UnitName,
    Guid GovernmentId,
    bool IsGovernment,
    string Regime,
    string RegimeName,
    string Period,
    string PeriodLabel,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    bool Cumulative,
    DateOnly DueOn,
    bool Overdue,
    string Status,
    long Version,
    DateTimeOffset? AsOf,
    IReadOnlyList<ReportSectionView> Sections,
    ReportFiguresView Figures,
    IReadOnlyList<ReportChildView> Children,
    ConsolidationView? Consolidated,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    string? AcceptedBy,
    DateTimeOffset? AcceptedAt,
    string? ReturnedBy,
    DateTimeOffset? ReturnedAt,
    string? ReturnReason,
    ReportPermissions Can,
    IReadOnlyList<TypedAnnexRow> Annex);
