using ParPlan.Core.Spreadsheets;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.FollowUp;

/// <summary>The follow-up lists as an XLSX sheet: each open task once, overdue first, then due within 7 days, under a
/// title naming the government and the export date.</summary>
public static class FollowUpExport
{
    public static byte[] Write(FollowUpLists lists)
    {
        var title = new[]
        {
            $"Danh sách theo dõi, đôn đốc – {lists.GovernmentName ?? "Tất cả đơn vị"}",
            "Phạm vi: nhiệm vụ quá hạn và nhiệm vụ đến hạn trong 7 ngày",
            $"Ngày xuất: {lists.Today:dd/MM/yyyy}",
        };
        var rows = lists.Overdue.Concat(lists.DueIn7).Select(t => (IReadOnlyList<object?>)
        [
            Group(t.DaysLeft), t.Ref, t.Title, t.PlanTitle, string.Join(", ", t.LeadUnits), StatusText.Label(t.Status), t.Percent,
            t.DueDate, t.DaysLeft < 0 ? -t.DaysLeft : null, t.DaysLeft >= 0 ? t.DaysLeft : null,
        ]).ToList();
        var sheet = new XlsxSheet("Theo dõi, đôn đốc", title,
        [
            new("Nhóm", 20), new("Mục", 8), new("Nhiệm vụ", 60), new("Kế hoạch", 40), new("Đơn vị chủ trì", 30), new("Trạng thái", 18),
            new("Tiến độ (%)", 11), new("Thời hạn", 12), new("Số ngày quá hạn", 12), new("Số ngày còn lại", 12),
        ], rows);
        return XlsxWriter.Write([sheet]);
    }

    private static string Group(int daysLeft) => daysLeft switch
    {
        < 0 => "Quá hạn",
        <= 1 => "Đến hạn trong 1 ngày",
        <= 3 => "Đến hạn trong 3 ngày",
        _ => "Đến hạn trong 7 ngày",
    };
}
