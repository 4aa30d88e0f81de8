using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>Vietnamese labels of the contract status strings, as the pages show them.</summary>
public static class StatusText
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("not-started", "Chưa thực hiện"),
        ("in-progress", "Đang thực hiện"),
        ("done", "Hoàn thành"),
        ("done-late", "Hoàn thành quá hạn"),
        ("blocked", "Không thực hiện được"),
    ];

    public static string Label(string code) => All.FirstOrDefault(s => s.Code == code).Label ?? code;

    public static string Label(PlanTaskStatus status) => Label(status.ToText());
}
