namespace ParPlan.Features.Reports;

/// <summary>The answer to starting a report: its id (<c>201 { "id" }</c>).</summary>
public sealed record ReportStarted(Guid Id);
