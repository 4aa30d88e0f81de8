namespace ParPlan.Features.Reports;

/// <summary>One report owed on the calendar (<c>GET /api/reports/calendar</c>): the contract fields (<c>reportId</c>
/// null until started, <c>regime</c>, <c>period</c>, <c>unitId</c>, <c>windowFrom</c>, <c>windowTo</c>, <c>dueOn</c>,
/// <c>status</c>, <c>overdue</c>) plus the unit's and the period's names, when it was submitted, the regime's name and
/// whether it is an ad hoc report (báo cáo đột xuất).</summary>
public sealed record ReportCalendarItem(
    Guid? ReportId,
    string Regime,
    string Period,
    string PeriodLabel,
    Guid UnitId,
    string UnitName,
    bool IsGovernment,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    DateOnly DueOn,
    string Status,
    bool Overdue,
    DateTimeOffset? SubmittedAt,
    string RegimeName = "",
    bool AdHoc = false);
