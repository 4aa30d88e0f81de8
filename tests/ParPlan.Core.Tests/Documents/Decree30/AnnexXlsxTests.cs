using MiniExcelLibs;
using ParPlan.Core.Documents.Decree30;

namespace ParPlan.Core.Tests.Documents.Decree30;

public class AnnexXlsxTests
{
    [Fact]
    public void The_statistical_annex_as_xlsx_has_the_annex_columns_and_a_total_row_equal_to_the_sum_of_its_rows()
    {
        var annex = ReportAnnex.FromFigures(Decree30Samples.Figures(), "(Kèm theo Báo cáo số 05/BC-UBND)");

        var bytes = AnnexXlsx.Write(annex);

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v?.ToString() ?? "").ToList()).ToList();
        Assert.Equal(annex.Columns, rows[0]);
        Assert.Equal("Tổng cộng", rows[^1][1]);
        var data = rows.Skip(1).SkipLast(1).ToList();
        Assert.Equal(annex.Rows.Count - 1, data.Count);
        for (var col = 2; col < annex.Columns.Count; col++)
        {
            Assert.Equal(int.Parse(rows[^1][col], System.Globalization.CultureInfo.InvariantCulture), data.Sum(r => int.Parse(r[col], System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
