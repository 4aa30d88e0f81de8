using ParPlan.Core.Documents;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Inspections;

namespace ParPlan.Core.Tests.Inspections;

/// <summary>The inspection plan and its conclusion written as Decree 30 DOCX and read back by ParPlan's own reader.</summary>
public class InspectionDocxTests
{
    private static readonly InspectionDocumentData Data = new(
        "UBND tỉnh Quảng Trị", "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026", 2026, InspectionKind.Planned, 20m,
        "trên tổng số 10 cơ quan, đơn vị thuộc UBND tỉnh Quảng Trị", "125/QĐ-UBND", new DateOnly(2026, 8, 20),
        ["UBND xã Vĩnh Linh", "Sở Tư pháp"],
        [new InspectionDocumentVisit("UBND xã Vĩnh Linh", new DateOnly(2026, 9, 15), ["Công tác cải cách hành chính", "Kiểm soát thủ tục hành chính"])],
        [new InspectionDocumentFinding("UBND xã Vĩnh Linh", "Chưa niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa", new DateOnly(2026, 10, 31), "Đang khắc phục")],
        1, 10);

    private static readonly OfficialHeader Header = new(null, "Ủy ban nhân dân tỉnh Quảng Trị", "KH-UBND", "Quảng Trị", null, null, 2026);

    [Fact]
    public void The_inspection_plan_reads_back_with_its_target_denominator_decision_and_units()
    {
        var bytes = InspectionDocx.WritePlan(Data, Header, Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", ""));
        var text = string.Join("\n", DocumentReader.Read(bytes, "ke-hoach-kiem-tra.docx").AllLines());

        Assert.Contains("KẾ HOẠCH", text, StringComparison.Ordinal);
        Assert.Contains("Kiểm tra công tác cải cách hành chính năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("ít nhất 20% trên tổng số 10 cơ quan, đơn vị thuộc UBND tỉnh Quảng Trị", text, StringComparison.Ordinal);
        Assert.Contains("Quyết định số 125/QĐ-UBND ngày 20/08/2026", text, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp", text, StringComparison.Ordinal);
        Assert.Contains("15/09/2026", text, StringComparison.Ordinal);
        Assert.Contains("Số:      /KH-UBND", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_conclusion_reads_back_with_its_coverage_findings_and_remedy_dates()
    {
        var header = Header with { Code = "KL-UBND" };
        var bytes = InspectionDocx.WriteConclusion(Data, header, Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", ""));
        var text = string.Join("\n", DocumentReader.Read(bytes, "ket-luan.docx").AllLines());

        Assert.Contains("KẾT LUẬN", text, StringComparison.Ordinal);
        Assert.Contains("Kiểm tra công tác cải cách hành chính năm 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kế hoạch kiểm tra", text, StringComparison.Ordinal);
        Assert.Contains("1/10 (10%)", text, StringComparison.Ordinal);
        Assert.Contains("chưa đạt", text, StringComparison.Ordinal);
        Assert.Contains("Chưa niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa", text, StringComparison.Ordinal);
        Assert.Contains("31/10/2026", text, StringComparison.Ordinal);
        Assert.Contains("Kiểm soát thủ tục hành chính", text, StringComparison.Ordinal);
    }
}
