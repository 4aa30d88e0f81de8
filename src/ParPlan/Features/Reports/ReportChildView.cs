using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports;

/// <summary>A child of a government's report: the unit, its report (null until started) and status, who submitted it
/// when, whether it was accepted or waived (with the reason), and the task totals of its frozen figures (null until
/// accepted).</summary>
public sealed record ReportChildView(
    Guid? ReportId,
    Guid UnitId,
    string UnitName,
    string Status,
    DateTimeOffset? SubmittedAt,
    string? SubmittedBy,
    DateTimeOffset? AcceptedAt,
    bool Waived,
    string? WaiverReason,
    TaskFigures? Tasks);
