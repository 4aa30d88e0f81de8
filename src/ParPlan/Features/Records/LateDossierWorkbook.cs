using MiniExcelLibs;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;

namespace ParPlan.Features.Records;

/// <summary>The list of late dossiers still lacking an explanation or an apology as an XLSX sheet: Vietnamese column
/// names, dates dd/MM/yyyy, what is recorded and what is missing.</summary>
public static class LateDossierWorkbook
{
    public static byte[] Write(ReportingPeriod period, IEnumerable<LateDossierListEntry> entries, DateOnly exportedOn)
    {
        var rows = entries.Select(e => new Dictionary<string, object?>
        {
            ["Mã hồ sơ"] = e.Dossier.Code,
            ["Đơn vị"] = e.Dossier.UnitName,
            ["Thủ tục"] = e.Dossier.ProcedureName,
            ["Tiếp nhận"] = DateText.Format(Core.Dossiers.DossierCodes.LocalDate(e.Dossier.ReceivedAt)),
            ["Hẹn trả"] = DateText.Format(Core.Dossiers.DossierCodes.LocalDate(e.Dossier.DueAt)),
            ["Hoàn thành"] = e.Dossier.FinishedAt is { } f ? DateText.Format(Core.Dossiers.DossierCodes.LocalDate(f)) : "Chưa hoàn thành",
            ["Trạng thái"] = DossierStatusLabels.Label(e.Dossier.Status),
            ["Giải trình"] = e.HasExplanation ? "Đã có" : "Chưa có",
            ["Thư xin lỗi"] = e.HasLetter ? "Đã có" : "Chưa có",
            ["Kỳ"] = period.Label,
            ["Ngày xuất"] = DateText.Format(exportedOn),
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Hồ sơ trễ hạn");
        return stream.ToArray();
    }
}
