using ParPlan.Core.Reports;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>The statistical annex of a report: task figures per area with a total row, or, for a consolidated report,
/// per child unit with a total row. Every total is the sum of the rows above it.</summary>
public static class ReportAnnex
{
    private static readonly string[] FigureColumns = ["Tổng số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện", "Chưa triển khai", "Quá hạn"];

    public static Annex FromFigures(ReportFigures figures, string attachment)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var rows = figures.Areas.Select((a, i) => Row((i + 1).ToString(Decree30Format.Vi), a.AreaName, a.Figures)).ToList();
        rows.Add(Row("", "Tổng cộng", figures.Total));
        return new Annex("Phụ lục", "Số liệu cải cách hành chính kỳ báo cáo", attachment, ["STT", "Lĩnh vực", .. FigureColumns], [5, 30, 11, 11, 11, 11, 11, 10], rows);
    }

    public static Annex FromConsolidated(ConsolidatedFigures figures, string attachment)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var rows = figures.Rows.Select((r, i) => Row((i + 1).ToString(Decree30Format.Vi), r.UnitName, r.Total)).ToList();
        rows.Add(Row("", "Tổng cộng", figures.Total));
        return new Annex("Phụ lục", "Tổng hợp số liệu cải cách hành chính của các đơn vị", attachment, ["STT", "Đơn vị", .. FigureColumns], [5, 30, 11, 11, 11, 11, 11, 10], rows);
    }

    private static AnnexRow Row(string number, string name, TaskFigures f) =>
        new([number, name, ReportText.Count(f.Total), ReportText.Count(f.Done), ReportText.Count(f.DoneLate), ReportText.Count(f.InProgress),
            ReportText.Count(f.NotStarted), ReportText.Count(f.Overdue)]);
}
