using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.ParIndex;

namespace ParPlan.Core.Tests.ParIndex;

public sealed class ResultsDecisionDocxTests
{
    [Fact]
    public void The_decision_publishes_the_ranking_with_a_landscape_annex_of_field_points_index_band_rank_and_change()
    {
        var set = SampleSets.Sample();
        var header = new OfficialHeader(null, "Ủy ban nhân dân tỉnh Thử", "QĐ-UBND", "Thử", null, null, 2026);
        ResultsDecisionRow[] rows =
        [
            new("UBND xã Bình Minh", [40, 28], 30, 2, 100, "Tốt", 1, 95.5m),
            new("UBND xã An Bình", [25, 27], 27, 1, 80, "Tốt", 2, null),
        ];

        var bytes = ResultsDecisionDocx.Write(set, header, "Ủy ban nhân dân tỉnh Thử", rows, Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", ""),
            new ParPlan.Core.Documents.Decree30.Recipients(["Sở Nội vụ"], "SNV"));

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var text = body.InnerText;
        Assert.Contains("QUYẾT ĐỊNH", text, StringComparison.Ordinal);
        Assert.Contains("Công bố Chỉ số cải cách hành chính năm 2026 – khối xã", text, StringComparison.Ordinal);
        Assert.Contains("QUYẾT ĐỊNH:", text, StringComparison.Ordinal);
        Assert.Contains("Điều 1. Công bố Chỉ số cải cách hành chính năm 2026 của 2 đơn vị khối xã", text, StringComparison.Ordinal);
        Assert.Contains("Phụ lục", text, StringComparison.Ordinal);
        var annex = body.Elements<Table>().Last();
        var cells = annex.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["STT", "Đơn vị", "Lĩnh vực 1 (40 điểm)", "Lĩnh vực 2 (30 điểm)", "Điều tra XHH", "Thưởng, trừ", "Chỉ số CCHC (%)", "Xếp loại", "Xếp hạng", "So với năm trước"], cells[0]);
        Assert.Equal(["1", "UBND xã Bình Minh", "40", "28", "30", "+2", "100", "Tốt", "1", "tăng 4,5"], cells[1]);
        Assert.Equal(["2", "UBND xã An Bình", "25", "27", "27", "+1", "80", "Tốt", "2", "chưa có"], cells[2]);
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(PageOrientationValues.Landscape, sections.Last().GetFirstChild<PageSize>()!.Orient!.Value);
    }
}
