namespace ParPlan.Features.Reports;

/// <summary>One report owed on the calendar (<c>GET /api/reports/calendar</c>): the contract fields (<c>reportId</c>
/// null until started, <c>regime</c>, <c>period</c>, <c>unitId</c>, <c>windowFrom</c>, <c>windowTo</c>, <c>dueOn</c>,
/// <c>status</c>, <c>overdue</c>) plus the unit's and the period's names and when it was submitted.</summary>
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
    DateTimeOffset? SubmittedAt);
