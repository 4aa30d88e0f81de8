using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Labels;
using ParPlan.Core.Text;

namespace ParPlan.Core.ParIndex;

/// <summary>
/// The results decision (Quyết định công bố Chỉ số CCHC) of a block through the one Decree 30 writer: the articles
/// that publish the ranking, and its annex on landscape pages in the published layout: STT | Đơn vị | the points of
/// each field | Điều tra XHH | Thưởng, trừ | Chỉ số CCHC (%) | Xếp loại | Xếp hạng | So với năm trước.
/// </summary>
public static class ResultsDecisionDocx
{
    public static Annex Annex(CriteriaSet set, IReadOnlyList<ResultsDecisionRow> rows, string attachment)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(rows);
        var columns = new List<string> { "STT", "Đơn vị" };
        columns.AddRange(set.Fields.Select(f => $"Lĩnh vực {f.Code} ({NumberText.Decimal(f.MaxPoints)} điểm)"));
        columns.AddRange(["Điều tra XHH", "Thưởng, trừ", "Chỉ số CCHC (%)", "Xếp loại", "Xếp hạng", "So với năm trước"]);
        var widths = new List<int> { 4, 18 };
        widths.AddRange(set.Fields.Select(_ => 6));
        widths.AddRange([7, 6, 8, 8, 6, 9]);
        var table = rows.OrderBy(r => r.Rank).Select((r, i) =>
        {
            var cells = new List<string> { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Unit };
            cells.AddRange(r.FieldPoints.Select(NumberText.Decimal));
            cells.AddRange([r.SurveyPoints is { } sp ? NumberText.Decimal(sp) : "", Signed(r.Adjustment), NumberText.Decimal(r.Index), r.Band ?? "",
                r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), Change(r)]);
            return new AnnexRow(cells);
        }).ToList();
        var title = $"Kết quả Chỉ số cải cách hành chính năm {set.Year} – {ParBlockLabels.Label(set.Block).ToLower(Decree30Format.Vi)}";
        return new Annex("Phụ lục", title, attachment, columns, widths, table);
    }

    public static OfficialDocument Compose(CriteriaSet set, OfficialHeader header, string governmentName, IReadOnlyList<ResultsDecisionRow> rows,
        Signature signature, Recipients recipients)
    {
        ArgumentNullException.ThrowIfNull(header);
        var block = ParBlockLabels.Label(set.Block).ToLower(Decree30Format.Vi);
        var subject = $"Công bố Chỉ số cải cách hành chính năm {set.Year} – {block}";
        var attachment = $"(Kèm theo Quyết định số {(header.Number is { } n ? n.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : "     ")}/{header.Code} ngày {(header.Date is { } d ? d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "     ")} của {governmentName})";
        var bands = rows.Where(r => r.Band is not null).GroupBy(r => r.Band!).Select(g => $"{g.Key}: {NumberText.Count(g.Count())} đơn vị").ToList();
        DocumentSection[] articles =
        [
            new($"Điều 1. Công bố Chỉ số cải cách hành chính năm {set.Year} của {NumberText.Count(rows.Count)} đơn vị {block} (chi tiết tại Phụ lục kèm theo).",
                bands.Count > 0 ? [$"Xếp loại: {string.Join("; ", bands)}."] : []),
            new("Điều 2. Các đơn vị căn cứ kết quả được công bố, khắc phục những tiêu chí bị trừ điểm và đưa vào kế hoạch cải cách hành chính năm " +
                $"{set.Year + 1}; Sở Nội vụ theo dõi, đôn đốc việc thực hiện.", []),
            new("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.", []),
        ];
        string[] bases =
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương",
            $"Căn cứ {set.Name} do {set.Issuer} ban hành",
            "Theo đề nghị của Giám đốc Sở Nội vụ",
        ];
        // "QUYẾT ĐỊNH:" in capitals after the bases, then the articles in bold sentence case.
        return new OfficialDocument(header, "QUYẾT ĐỊNH", subject, bases, [], [new DocumentSection("Quyết định:", [], articles)], signature, recipients,
            [Annex(set, rows, attachment)]);
    }

    public static byte[] Write(CriteriaSet set, OfficialHeader header, string governmentName, IReadOnlyList<ResultsDecisionRow> rows, Signature signature,
        Recipients recipients) => Decree30Writer.Write(Compose(set, header, governmentName, rows, signature, recipients));

    private static string Signed(decimal value) => value switch
    {
        > 0 => "+" + NumberText.Decimal(value),
        < 0 => "−" + NumberText.Decimal(-value),
        _ => "0",
    };

    /// <summary>"tăng 2,5", "giảm 1", "không đổi", or "chưa có" when the unit was not ranked last year.</summary>
    public static string Change(ResultsDecisionRow row) => row.PreviousIndex is not { } p
        ? "chưa có"
        : (row.Index - p) switch { > 0 and var d => "tăng " + NumberText.Decimal(d), < 0 and var d => "giảm " + NumberText.Decimal(-d), _ => "không đổi" };
}
