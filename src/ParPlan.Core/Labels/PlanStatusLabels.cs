namespace ParPlan.Core.Labels;

/// <summary>The one home of the plan status vocabulary: the contract codes and their Vietnamese labels.</summary>
public static class PlanStatusLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("draft", "Dự thảo"),
        ("issued", "Đã ban hành"),
        ("revised", "Đã điều chỉnh"),
        ("closed", "Đã kết thúc"),
    ];

    /// <summary>The label of <paramref name="code"/>; an unknown code is shown as "Không rõ", never as itself.</summary>
    public static string Label(string? code) => All.FirstOrDefault(s => s.Code == code).Label ?? "Không rõ";
}
