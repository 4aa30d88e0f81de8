using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Core.Spreadsheets;

namespace ParPlan.Features.Records;

/// <summary>The list of late dossiers still lacking an explanation or an apology as an XLSX sheet, written like every
/// other export (<see cref="XlsxWriter"/>): the period and export date as title lines, Vietnamese column names, dates
/// as dates shown dd/MM/yyyy, what is recorded and what is missing.</summary>
public static class LateDossierWorkbook
{
    public static byte[] Write(ReportingPeriod period, IEnumerable<LateDossierListEntry> entries, DateOnly exportedOn)
    {
        var title = new[]
        {
            "Hồ sơ trễ hạn chưa có giải trình hoặc thư xin lỗi",
            $"Kỳ: {period.Label}",
            $"Ngày xuất: {DateText.Format(exportedOn)}",
        };
        var rows = entries.Select(e => (IReadOnlyList<object?>)
        [
            e.Dossier.Code, e.Dossier.UnitName, e.Dossier.ProcedureName,
            DossierCodes.LocalDate(e.Dossier.ReceivedAt), DossierCodes.LocalDate(e.Dossier.DueAt),
            e.Dossier.FinishedAt is { } f ? DossierCodes.LocalDate(f) : "Chưa hoàn thành",
            DossierStatusLabels.Label(e.Dossier.Status),
            e.HasExplanation ? "Đã có" : "Chưa có",
            e.HasLetter ? "Đã có" : "Chưa có",
        ]).ToList();
        var sheet = new XlsxSheet("Hồ sơ trễ hạn", title,
        [
            new("Mã hồ sơ", 22), new("Đơn vị", 30), new("Thủ tục", 50), new("Tiếp nhận", 12), new("Hẹn trả", 12), new("Hoàn thành", 16),
            new("Trạng thái", 18), new("Giải trình", 12), new("Thư xin lỗi", 12),
        ], rows);
        return XlsxWriter.Write([sheet]);
    }
}
