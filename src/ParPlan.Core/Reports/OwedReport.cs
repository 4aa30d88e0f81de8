namespace ParPlan.Core.Reports;

/// <summary>A report a unit still owes on a day: the instance, its due date at the unit's level, and the days left
/// (negative when overdue).</summary>
public sealed record OwedReport(ReportPeriodInstance Instance, DateOnly DueOn, int DaysLeft, OwedState State);
