namespace ParPlan.Features.Reports;

/// <summary>A workflow step (<c>submit</c>, <c>accept</c>, <c>return</c>, <c>unaccept</c>): the report version it was read
/// at, and the reason where the step needs one (return, un-accept).</summary>
public sealed record ReportActionRequest(long? Version, string? Reason = null);
