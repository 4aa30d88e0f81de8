namespace ParPlan.Core.Labels;

/// <summary>The one home of the PAR INDEX assessment statuses (the contract's codes) and their Vietnamese names.</summary>
public static class ParAssessmentStatusLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("open", "Đang tự đánh giá"),
        ("submitted", "Đã gửi thẩm định"),
        ("appraising", "Đang thẩm định"),
        ("finalized", "Đã công bố kết quả"),
    ];

    public static string Label(string? code) => All.FirstOrDefault(s => s.Code == code).Label ?? "Không rõ";
}
