using ParPlan.Core.Indicators;

namespace ParPlan.Core.Labels;

/// <summary>The one home of the PAR INDEX measures' Vietnamese names; an indicator code takes the catalogue's name.</summary>
public static class ParMeasureLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("plan.tasks-done-on-time", "Tỷ lệ nhiệm vụ kế hoạch CCHC hoàn thành đúng hạn trong năm"),
        ("reports.on-time", "Tỷ lệ báo cáo gửi đúng hạn"),
        ("inspections.coverage", "Tỷ lệ đơn vị được kiểm tra"),
    ];

    public static string Label(string? code) =>
        All.FirstOrDefault(s => s.Code == code).Label ?? (code is null ? null : IndicatorCatalog.Find(code)?.Name) ?? "Chỉ tiêu khác";
}
