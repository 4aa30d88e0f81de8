using MiniExcelLibs;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>An annex as an XLSX sheet: the header row with the annex's columns, then its rows (a group row keeps its
/// heading in the first column). A cell the row marks as a number (<see cref="AnnexRow.Numbers"/>) is written as a
/// number, so the sheet sums and sorts; other cells are text as printed. The sheet is named "Phụ lục".</summary>
public static class AnnexXlsx
{
    public static byte[] Write(Annex annex)
    {
        ArgumentNullException.ThrowIfNull(annex);
        using var stream = new MemoryStream();
        stream.SaveAs(Rows(annex), printHeader: true, sheetName: "Phụ lục", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Several annexes, one sheet each, named by their labels ("Phụ lục I", "Phụ lục II"); a single annex is
    /// the sheet "Phụ lục".</summary>
    public static byte[] Write(IReadOnlyList<Annex> annexes)
    {
        ArgumentNullException.ThrowIfNull(annexes);
        if (annexes.Count == 1)
        {
            return Write(annexes[0]);
        }

        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var annex in annexes)
        {
            sheets[annex.Label] = Rows(annex);
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Rows(Annex annex)
    {
        var rows = annex.Rows.Select(r =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < annex.Columns.Count; i++)
            {
                row[annex.Columns[i]] = r.Number(i) is { } number ? (object)number : i < r.Cells.Count ? r.Cells[i].Replace('\n', ' ') : "";
            }

            return row;
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(annex.Columns.ToDictionary(c => c, _ => (object?)"", StringComparer.Ordinal));
        }

        return rows;
    }
}
