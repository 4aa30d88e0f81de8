using ParPlan.Core.Labels;

namespace ParPlan.Features.Reports;

/// <summary>The contract codes of <see cref="ReportStatus"/> (<c>not-started</c>, <c>draft</c>, <c>submitted</c>,
/// <c>returned</c>, <c>accepted</c>), spelled once in <see cref="ReportStatusLabels"/> beside their Vietnamese labels.</summary>
public static class ReportStatusText
{
    public static string ToText(this ReportStatus status) => status switch
    {
        ReportStatus.Draft => ReportStatusLabels.Draft,
        ReportStatus.Submitted => ReportStatusLabels.Submitted,
        ReportStatus.Returned => ReportStatusLabels.Returned,
        ReportStatus.Accepted => ReportStatusLabels.Accepted,
        _ => ReportStatusLabels.NotStarted,
    };

    public static ReportStatus? Parse(string? text) => text switch
    {
        ReportStatusLabels.NotStarted => ReportStatus.NotStarted,
        ReportStatusLabels.Draft => ReportStatus.Draft,
        ReportStatusLabels.Submitted => ReportStatus.Submitted,
        ReportStatusLabels.Returned => ReportStatus.Returned,
        ReportStatusLabels.Accepted => ReportStatus.Accepted,
        _ => null,
    };

    /// <summary>Draft and returned reports can be edited and submitted.</summary>
    public static bool IsEditable(this ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;
}
