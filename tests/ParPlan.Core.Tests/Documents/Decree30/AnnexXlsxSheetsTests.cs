using MiniExcelLibs;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Documents.Decree30;

public class AnnexXlsxSheetsTests
{
    [Fact]
    public void A_reports_two_annexes_are_two_sheets_named_by_their_labels_with_typed_values_as_numbers()
    {
        var figures = ReportAnnex.FromFigures(ReportFigureBuilder.Build(new DataWindow(new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14), false), []), "(Kèm theo)");
        var typed = AnnexTemplates.Merge(DefaultRegimes.GovernmentAnnex, [new TypedAnnexRow("inspection.units", "", "", "", 12.5m)]);
        var annexes = ReportAnnex.Numbered(figures, ReportAnnex.Data([], typed, "(Kèm theo)"));

        using var stream = new MemoryStream(AnnexXlsx.Write(annexes));

        Assert.Equal(["Phụ lục I", "Phụ lục II"], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true, sheetName: "Phụ lục II").Cast<IDictionary<string, object>>().ToList();
        var inspected = rows.Single(r => Equals(r["Nội dung"], "Số cơ quan, đơn vị được kiểm tra cải cách hành chính"));
        Assert.Equal(12.5, Convert.ToDouble(inspected["Số liệu"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
