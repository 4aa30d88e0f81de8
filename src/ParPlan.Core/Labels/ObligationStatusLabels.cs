namespace ParPlan.Core.Labels;

/// <summary>The one home of the cascade obligation statuses: the contract codes (<c>GET /api/plans/{id}/cascade</c>) and
/// their Vietnamese labels.</summary>
public static class ObligationStatusLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("pending", "Chưa xây dựng"),
        ("draft", "Đang dự thảo"),
        ("issued", "Đã ban hành đúng hạn"),
        ("issued-late", "Ban hành quá hạn"),
        ("overdue", "Quá hạn chưa ban hành"),
    ];

    /// <summary>The label of <paramref name="code"/>; an unknown code is shown as "Không rõ", never as itself.</summary>
    public static string Label(string? code) => All.FirstOrDefault(s => s.Code == code).Label ?? "Không rõ";

    public static string Label(Cascade.ObligationStatus status) => Label(Cascade.ObligationRules.Code(status));
}
