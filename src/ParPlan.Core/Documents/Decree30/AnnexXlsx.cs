using MiniExcelLibs;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>An annex as an XLSX sheet: the header row with the annex's columns, then its rows as text (a group row
/// keeps its heading in the first column). The sheet is named "Phụ lục".</summary>
public static class AnnexXlsx
{
    public static byte[] Write(Annex annex)
    {
        ArgumentNullException.ThrowIfNull(annex);
        var rows = annex.Rows.Select(r =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < annex.Columns.Count; i++)
            {
                row[annex.Columns[i]] = i < r.Cells.Count ? r.Cells[i].Replace('\n', ' ') : "";
            }

            return row;
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(annex.Columns.ToDictionary(c => c, _ => (object?)"", StringComparer.Ordinal));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: true, sheetName: "Phụ lục", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
