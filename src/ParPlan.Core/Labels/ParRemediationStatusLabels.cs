namespace ParPlan.Core.Labels;

/// <summary>The one home of the PAR INDEX remediation proposals' statuses and their Vietnamese names.</summary>
public static class ParRemediationStatusLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("proposed", "Chờ xem xét"),
        ("accepted", "Đã đưa vào kế hoạch"),
        ("rejected", "Không đưa vào kế hoạch"),
    ];

    public static string Label(string? code) => All.FirstOrDefault(s => s.Code == code).Label ?? "Không rõ";
}
