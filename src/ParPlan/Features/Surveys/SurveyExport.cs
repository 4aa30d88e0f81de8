using System.Security.Claims;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Labels;
using ParPlan.Core.Spreadsheets;

namespace ParPlan.Features.Surveys;

/// <summary>A campaign's results as XLSX through the one writer: the index per element and overall, per sector against
/// its target (Đạt / Chưa đạt), per unit, and on its own sheet the dossier ratings of the same year, a separate source.</summary>
public sealed class SurveyExport(SurveyQueries queries, TimeProvider time)
{
    public async Task<(byte[] Bytes, string FileName)?> ResultsAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (await queries.ResultsAsync(user, id, ct) is not { Campaign: { } campaign } r) return null;
        string[] title =
        [
            GovernmentNames.IssuingBody(r.GovernmentName).ToUpperInvariant(),
            $"KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG NĂM {campaign.Year}: {campaign.Title}",
            $"{Core.Text.NumberText.Count(r.Result.Responses)} phiếu; xuất ngày {DateText.Format(VietnamTime.Today(time))}",
            "Cách tính chính thức của chỉ số hài lòng SIPAS chưa được xác minh; đây là cách tính mặc định có thể cấu hình.",
        ];
        var elements = r.Result.Elements.Select(e => (IReadOnlyList<object?>)[e.Key, SipasElementLabels.Label(e.Key), e.Responses, e.Index]).ToList();
        elements.Add(["", "Chỉ số chung", r.Result.Responses, r.Result.Overall]);
        elements.Add(["", "Chỉ tiêu chung (%)", null, r.OverallTarget]);
        elements.Add(["", "Đánh giá", null, SurveyTargetLabels.Label(r.OverallMet)]);
        var sectors = r.BySector.Select(s => (IReadOnlyList<object?>)[s.Sector, s.Responses, s.Index, s.Target, SurveyTargetLabels.Label(s.Met)]).ToList();
        var units = r.Result.ByUnit.Select(u => (IReadOnlyList<object?>)[r.UnitNames.GetValueOrDefault(u.Key, "Đơn vị không còn trong danh mục"), u.Responses, u.Index]).ToList();
        var d = r.DossierRatings;
        List<IReadOnlyList<object?>> ratings = [[$"Tỷ lệ hài lòng về giải quyết TTHC (đánh giá 4–5) năm {campaign.Year}", d?.Satisfied, d?.Rated, d?.Rate, d?.Target]];
        XlsxSheet[] sheets =
        [
            new("Theo yếu tố", title, [new("Mã", 6), new("Yếu tố SIPAS", 50), new("Số câu trả lời", 16), new("Chỉ số (%)", 12)], elements),
            new("Theo lĩnh vực", title, [new("Lĩnh vực", 36), new("Số phiếu", 12), new("Chỉ số (%)", 12), new("Chỉ tiêu (%)", 12), new("Đánh giá", 26)], sectors),
            new("Theo đơn vị", title, [new("Đơn vị", 44), new("Số phiếu", 12), new("Chỉ số (%)", 12)], units),
            new("Đánh giá hồ sơ (nguồn riêng)",
                [.. title.Take(2), "Nguồn riêng: cột đánh giá của từng hồ sơ trong dữ liệu một cửa; không gộp vào kết quả khảo sát."],
                [new("Chỉ số", 50), new("Hồ sơ đánh giá 4–5", 18), new("Hồ sơ được đánh giá", 18), new("Tỷ lệ (%)", 12), new("Chỉ tiêu (%)", 12)], ratings),
        ];
        return (XlsxWriter.Write(sheets), $"ket-qua-khao-sat-{campaign.Year}.xlsx");
    }
}
