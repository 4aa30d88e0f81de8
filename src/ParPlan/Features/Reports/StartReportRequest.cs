namespace ParPlan.Features.Reports;

/// <summary><c>POST /api/reports</c>: the unit (or government) whose report to start, the period code ("2026-Q3") and,
/// optionally, the regime code (default: the first regime in force that has the period).</summary>
public sealed record StartReportRequest(Guid? UnitId, string? Period, string? Regime = null);
