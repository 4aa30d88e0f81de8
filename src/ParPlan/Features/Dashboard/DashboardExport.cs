using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;
using ParPlan.Core.Spreadsheets;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Dashboard;

/// <summary>The dashboard as an XLSX workbook: totals, by area, by lead unit and the overdue tasks, each sheet under a
/// title naming the government, the period and the export date.</summary>
public static class DashboardExport
{
    private static readonly XlsxColumn[] CountColumns =
    [
        new("Tổng số", 10), new("Hoàn thành", 12), new("Hoàn thành quá hạn", 14), new("Đang thực hiện", 14),
        new("Chưa thực hiện", 14), new("Không thực hiện được", 14), new("Quá hạn", 10),
    ];

    public static byte[] Write(DashboardResult data, DateOnly exportedOn)
    {
        var title = Title(data, exportedOn);
        var totals = new XlsxSheet("Tổng hợp", title, [new("Chỉ tiêu", 32), new("Số nhiệm vụ", 14)],
        [
            ["Tổng số nhiệm vụ", data.Total], ["Hoàn thành", data.Done], ["Hoàn thành quá hạn", data.DoneLate],
            ["Đang thực hiện", data.InProgress], ["Chưa thực hiện", data.NotStarted], ["Không thực hiện được", data.Blocked],
            ["Quá hạn", data.Overdue],
        ]);
        var byArea = new XlsxSheet("Theo lĩnh vực", title, [new XlsxColumn("Lĩnh vực", 40), .. CountColumns],
            data.ByArea.OrderBy(a => AreaNames.Order(a.Area))
                .Select(a => Counts(AreaLabel(a.Area), a.Total, a.Done, a.DoneLate, a.InProgress, a.NotStarted, a.Blocked, a.Overdue)).ToList());
        var byUnit = new XlsxSheet("Theo đơn vị chủ trì", title, [new XlsxColumn("Đơn vị chủ trì", 40), .. CountColumns],
            data.ByUnit.Select(u => Counts(u.UnitName, u.Total, u.Done, u.DoneLate, u.InProgress, u.NotStarted, u.Blocked, u.Overdue)).ToList());
        var overdue = new XlsxSheet("Nhiệm vụ quá hạn", title,
            [new("Mục", 8), new("Nhiệm vụ", 60), new("Kế hoạch", 40), new("Thời hạn", 12), new("Số ngày quá hạn", 12)],
            data.OverdueTasks.Select(t => (IReadOnlyList<object?>)[t.Ref, t.Title, t.PlanTitle, t.DueDate, t.OverdueDays]).ToList());
        return XlsxWriter.Write([totals, byArea, byUnit, overdue]);
    }

    /// <summary>"Khác" for tasks without an area, the area's Vietnamese name otherwise.</summary>
    public static string AreaLabel(string area) => area == DashboardQueries.NoArea ? "Khác" : AreaNames.Of(area);

    public static string PeriodLabel(string? period) =>
        ReportingPeriod.TryParse(period, out var p) ? p.Label : "Tất cả các kỳ";

    private static IReadOnlyList<string> Title(DashboardResult data, DateOnly exportedOn) =>
    [
        $"Tình hình thực hiện kế hoạch – {data.GovernmentName ?? "Tất cả đơn vị"}",
        $"Kỳ: {PeriodLabel(data.Period)}",
        $"Ngày xuất: {exportedOn:dd/MM/yyyy}",
    ];

    private static IReadOnlyList<object?> Counts(string name, int total, int done, int late, int progress, int notStarted, int blocked, int overdue) =>
        [name, total, done, late, progress, notStarted, blocked, overdue];
}
