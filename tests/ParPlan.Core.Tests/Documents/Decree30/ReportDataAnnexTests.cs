using MiniExcelLibs;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Documents.Decree30;

public class ReportDataAnnexTests
{
    private static readonly ReportIndicatorInput OnTime = new("dossier.on-time-rate", "Tỷ lệ hồ sơ giải quyết đúng hạn", 19_100, 20_000);

    [Fact]
    public void The_data_annex_holds_the_indicator_rows_and_the_typed_in_rows_area_by_area()
    {
        var typed = AnnexTemplates.Merge(DefaultRegimes.GovernmentAnnex, [new TypedAnnexRow("inspection.units", "direction", "x", "y", 4, "Kiểm tra 4/12 đơn vị")]);

        var annex = ReportAnnex.Data([OnTime], typed, "(Kèm theo Báo cáo số 05/BC-UBND)");

        Assert.Equal(["STT", "Nội dung", "Đơn vị tính", "Số liệu", "Ghi chú"], annex.Columns);
        Assert.Equal("Công tác chỉ đạo, điều hành", annex.Rows[0].Cells[0]);
        Assert.True(annex.Rows[0].IsGroup);
        Assert.Equal(["1", "Số cơ quan, đơn vị được kiểm tra cải cách hành chính", "cơ quan, đơn vị", "4", "Kiểm tra 4/12 đơn vị"], annex.Rows[1].Cells);
        var indicator = annex.Rows.Single(r => r.Cells.Count > 1 && r.Cells[1] == OnTime.Name);
        Assert.Equal(["%", "95,5", "19.100/20.000 hồ sơ (số liệu của hệ thống)"], indicator.Cells.Skip(2));
        var emptyRow = annex.Rows.Single(r => r.Cells.Count > 1 && r.Cells[1] == "Số vấn đề đã khắc phục");
        Assert.Equal("", emptyRow.Cells[3]);
        Assert.Equal(AnnexTemplates.TypedRows(DefaultRegimes.GovernmentAnnex).Count + 1, annex.Rows.Count(r => !r.IsGroup));
    }

    [Fact]
    public void Agencies_are_asked_for_fewer_typed_rows_than_lower_governments()
    {
        var agency = AnnexTemplates.TypedRows(DefaultRegimes.AgencyAnnex);

        Assert.NotEmpty(agency);
        Assert.True(agency.Count < AnnexTemplates.TypedRows(DefaultRegimes.GovernmentAnnex).Count);
        Assert.DoesNotContain(agency, r => r.Code.StartsWith("inspection.", StringComparison.Ordinal));
    }

    [Fact]
    public void Typed_rows_kept_with_a_report_survive_their_json()
    {
        TypedAnnexRow[] rows = [new("digital.signed", "digital-government", "Tỷ lệ văn bản ký số", "%", 98.5m, "Theo hệ thống quản lý văn bản")];

        Assert.Equal(rows, AnnexTemplates.FromJson(AnnexTemplates.ToJson(rows)));
        Assert.Empty(AnnexTemplates.FromJson(null));
    }

    [Fact]
    public void Numbers_in_the_xlsx_annex_are_numbers_and_text_stays_text()
    {
        var annex = ReportAnnex.FromFigures(Decree30Samples.Figures(), "(Kèm theo)");
        var data = ReportAnnex.Data([OnTime], [], "(Kèm theo)");

        using var figures = new MemoryStream(AnnexXlsx.Write(annex));
        var total = figures.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Last().Values.ToList();
        using var other = new MemoryStream(AnnexXlsx.Write(data));
        var indicator = other.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Last().Values.ToList();

        Assert.Equal("Tổng cộng", total[1]);
        Assert.IsType<double>(total[2]);
        Assert.Equal(3d, total[2]);
        Assert.Equal(95.5d, indicator[3]);
        Assert.IsType<string>(indicator[4]);
    }

    [Fact]
    public void A_report_with_two_annexes_labels_them_phu_luc_i_and_ii_in_the_docx()
    {
        var figures = Decree30Samples.Figures();
        var annexes = ReportAnnex.Numbered(ReportAnnex.FromFigures(figures, "(Kèm theo)"), ReportAnnex.Data([OnTime], [], "(Kèm theo)"));
        var texts = ReportSentences.Prefill(ReportOutline.Default, figures).ToDictionary(s => s.Code, s => s.Text);

        var bytes = Decree30Writer.Write(ReportDocx.Compose(Decree30Samples.ReportHeader(), "Kết quả", ReportOutline.Default, texts, annexes,
            Decree30Samples.Chair, Decree30Samples.ToDistrict));

        using var docx = new DocxInspector(bytes);
        Assert.True(DocxInspector.Bold(docx.Paragraph("Phụ lục I")));
        Assert.True(DocxInspector.Centered(docx.Paragraph("Phụ lục II")));
        Assert.Equal(["Phụ lục"], ReportAnnex.Numbered(ReportAnnex.FromFigures(figures, "x"), null).Select(a => a.Label));
    }
}
