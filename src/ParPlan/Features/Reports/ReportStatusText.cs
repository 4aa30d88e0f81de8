namespace ParPlan.Features.Reports;

/// <summary>The contract codes of <see cref="ReportStatus"/> (<c>not-started</c>, <c>draft</c>, <c>submitted</c>,
/// <c>returned</c>, <c>accepted</c>). Vietnamese labels are in <c>ParPlan.Core.Labels.ReportStatusLabels</c>.</summary>
public static class ReportStatusText
{
    public static string ToText(this ReportStatus status) => status switch
    {
        ReportStatus.Draft => "draft",
        ReportStatus.Submitted => "submitted",
        ReportStatus.Returned => "returned",
        ReportStatus.Accepted => "accepted",
        _ => "not-started",
    };

    public static ReportStatus? Parse(string? text) => text switch
    {
        "not-started" => ReportStatus.NotStarted,
        "draft" => ReportStatus.Draft,
        "submitted" => ReportStatus.Submitted,
        "returned" => ReportStatus.Returned,
        "accepted" => ReportStatus.Accepted,
        _ => null,
    };

    /// <summary>Draft and returned reports can be edited and submitted.</summary>
    public static bool IsEditable(this ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;
}
