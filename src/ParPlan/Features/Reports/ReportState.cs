namespace ParPlan.Features.Reports;

/// <summary>A report's state after a change, and the <c>current</c> of a 409: its status and version, when its figures
/// were frozen, and the last change (who, when, what).</summary>
public sealed record ReportState(Guid Id, string Status, long Version, DateTimeOffset? AsOf, string? ChangedBy, DateTimeOffset? ChangedAt, string? ChangedWhat);
