using DocumentFormat.OpenXml.Wordprocessing;
using static ParPlan.Core.Tests.Documents.Decree30.DocxInspector;

namespace ParPlan.Core.Tests.Documents.Decree30;

/// <summary>The plan as a Decree 30 document: "KẾ HOẠCH", then its task table as a landscape annex with the plan's columns.</summary>
public class PlanDocxLayoutTests
{
    [Fact]
    public void A_plan_document_puts_its_task_table_in_a_landscape_annex_with_the_columns_it_was_imported_with()
    {
        var gold = Decree30Samples.Gold("002_82c4b63d1339515c");
        using var docx = new DocxInspector(Decree30Samples.PlanDocx(gold));

        Assert.True(Bold(docx.Paragraph("KẾ HOẠCH")));
        Assert.Equal("Số:      /KH-UBND", docx.Body.Elements<Table>().First().Elements<TableRow>().Last().Elements<TableCell>().First().InnerText);
        Assert.Equal(2, docx.Sections.Count);
        Assert.Equal(PageOrientationValues.Portrait, docx.Sections[0].GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Equal(PageOrientationValues.Landscape, docx.Sections[1].GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.True(Bold(docx.Paragraph("Phụ lục")));
        Assert.True(Italic(docx.ParagraphStarting("(Kèm theo Kế hoạch số      /KH-UBND")));
        var table = docx.Body.Elements<Table>().Single(t => t.Descendants<TableHeader>().Any());
        var header = table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText);
        Assert.Equal(["STT", "Nhiệm vụ", "Kết quả/Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/hoàn thành"], header);
    }

    [Fact]
    public void The_district_plan_keeps_its_objective_activity_and_funding_columns_and_the_commune_plan_of_2023_its_five()
    {
        using var d0 = new DocxInspector(Decree30Samples.PlanDocx(Decree30Samples.Gold("000_c84c89f6dfc790e7")));
        using var d3 = new DocxInspector(Decree30Samples.PlanDocx(Decree30Samples.Gold("003_32a0243e7cf70bca")));

        static IEnumerable<string> Header(DocxInspector d) =>
            d.Body.Elements<Table>().Single(t => t.Descendants<TableHeader>().Any()).Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText);

        Assert.Equal(["STT", "Mục tiêu", "Nhiệm vụ", "Hoạt động", "Kết quả/Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/hoàn thành", "Kinh phí"], Header(d0));
        Assert.Equal(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/hoàn thành"], Header(d3));
        Assert.Equal("Số: 10/KH-UBND", d3.Body.Elements<Table>().First().Elements<TableRow>().Last().Elements<TableCell>().First().InnerText);
        Assert.Equal("Vĩnh Chấp, ngày 06 tháng 02 năm 2023", d3.Body.Elements<Table>().First().Elements<TableRow>().Last().Elements<TableCell>().Last().InnerText);
    }
}
