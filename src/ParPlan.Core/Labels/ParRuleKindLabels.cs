namespace ParPlan.Core.Labels;

/// <summary>The one home of the PAR INDEX scoring rule kinds' Vietnamese names.</summary>
public static class ParRuleKindLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("manual", "Chấm điểm trực tiếp"),
        ("choice", "Chọn mức"),
        ("ratio", "Tính theo tỷ lệ"),
        ("deadline", "Theo thời hạn ban hành"),
    ];

    public static string Label(string? code) => All.FirstOrDefault(s => s.Code == code).Label ?? "Không rõ";
}
