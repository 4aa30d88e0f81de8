namespace ParPlan.Core.Labels;

/// <summary>The report workflow's states as users read them, keyed by the contract codes (<c>not-started</c>,
/// <c>draft</c>, <c>submitted</c>, <c>returned</c>, <c>accepted</c>).</summary>
public static class ReportStatusLabels
{
    public const string NotStarted = "not-started";
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Accepted = "accepted";

    public static IReadOnlyList<string> Codes { get; } = [NotStarted, Draft, Submitted, Returned, Accepted];

    public static string Label(string code) => code switch
    {
        NotStarted => "Chưa lập",
        Draft => "Đang soạn",
        Submitted => "Đã gửi, chờ tiếp nhận",
        Returned => "Bị trả lại",
        Accepted => "Đã tiếp nhận",
        _ => "Không rõ",
    };
}
