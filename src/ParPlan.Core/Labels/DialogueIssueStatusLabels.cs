namespace ParPlan.Core.Labels;

/// <summary>Where an issue raised at a dialogue stands (<see cref="Records.DialogueIssueStatus"/>): followed until it is
/// closed, overdue once its due date has passed while still open. An issue closed after its due date reads "Hoàn thành
/// quá hạn", as a task does.</summary>
public static class DialogueIssueStatusLabels
{
    public const string Open = "open";
    public const string Overdue = "overdue";
    public const string Closed = "closed";
    public const string ClosedLate = "closed-late";

    public static readonly IReadOnlyList<string> Codes = [Open, Overdue, Closed, ClosedLate];

    public static string Label(string? code) => code switch
    {
        Open => "Đang theo dõi",
        Overdue => "Quá hạn",
        Closed => "Đã giải quyết xong",
        ClosedLate => "Hoàn thành quá hạn",
        _ => "Chưa rõ trạng thái",
    };
}
