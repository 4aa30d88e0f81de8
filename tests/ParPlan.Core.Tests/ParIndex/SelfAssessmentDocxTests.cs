using DocumentFormat.OpenXml.Packaging;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.ParIndex;

namespace ParPlan.Core.Tests.ParIndex;

public sealed class SelfAssessmentDocxTests
{
    [Fact]
    public void The_report_sums_the_fields_explains_the_criteria_lists_lost_points_and_annexes_the_scored_table()
    {
        var set = SampleSets.Sample();
        var header = new OfficialHeader(null, "UBND xã An Bình", "BC-UBND", "An Bình", null, new DateOnly(2026, 12, 10));
        SelfAssessmentLine[] lines =
        [
            new("1.1", 20, true, null, ["Kế hoạch số 12/KH-UBND"]),
            new("1.2", 15, true, "Theo báo cáo năm", []),
            new("2.1", 26.5m, true, null, ["Sổ theo dõi hồ sơ"]),
            new("2.2", null, false, "Xã không có báo cáo này", []),
        ];

        var bytes = SelfAssessmentDocx.Write(set, header, lines, Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn An"), new Recipients(["Sở Nội vụ"], "VP"));

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", text, StringComparison.Ordinal);
        // 20 + 15 + 26,5 = 61,5 of 70; field 1: 35/40; field 2: 26,5/30.
        Assert.Contains("Tổng điểm tự đánh giá: 61,5/70 điểm", text, StringComparison.Ordinal);
        Assert.Contains("1. Chỉ đạo, điều hành: 35/40 điểm.", text, StringComparison.Ordinal);
        Assert.Contains("Tiêu chí không áp dụng với đơn vị: 2.2.", text, StringComparison.Ordinal);
        Assert.Contains("1.2. Hoàn thành kế hoạch: Theo báo cáo năm", text, StringComparison.Ordinal);
        Assert.Contains("2.1. Giải quyết hồ sơ: đạt 26,5/28 điểm.", text, StringComparison.Ordinal);
        Assert.Contains("Sổ theo dõi hồ sơ", text, StringComparison.Ordinal);
        Assert.Contains("Không áp dụng", text, StringComparison.Ordinal);
    }
}
