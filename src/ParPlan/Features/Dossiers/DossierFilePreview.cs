using System.Text;
using MiniExcelLibs;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Files;
using Sylvan.Data.Csv;

namespace ParPlan.Features.Dossiers;

/// <summary>The head of an uploaded dossier file for the column-mapping step: its header, its delimiter (CSV: the one
/// of , ; tab | that splits the header line most) and its first rows.</summary>
public sealed record DossierFilePreview(IReadOnlyList<string> Headers, char Delimiter, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Rows read for the sample values of the value maps.</summary>
    public const int MaxRows = 500;

    /// <summary>Up to <see cref="MaxRows"/> rows of <paramref name="path"/>; null when the file cannot be read as CSV or XLSX.</summary>
    public static DossierFilePreview? Read(string path, string fileName)
    {
        try
        {
            return DossierReader.FormatOf(fileName) == DossierFileFormat.Xlsx ? ReadXlsx(path) : ReadCsv(path);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or InvalidOperationException or CsvFormatException
            or CsvRecordTooLargeException or CsvMissingHeadersException or ArgumentException or UnsafeFileException or System.Xml.XmlException
            or InvalidCastException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The distinct non-empty values of a column in the sample, in order of appearance (at most <paramref name="max"/>).</summary>
    public IReadOnlyList<string> DistinctValues(string header, int max = 30)
    {
        var index = Headers.ToList().FindIndex(h => string.Equals(h, header, StringComparison.Ordinal));
        if (index < 0) return [];
        return Rows.Select(r => index < r.Count ? r[index].Trim() : "").Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(max).ToList();
    }

    private static DossierFilePreview ReadCsv(string path)
    {
        string firstLine;
        using (var probe = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
        {
            firstLine = probe.ReadLine() ?? "";
        }

        var delimiter = new[] { ',', ';', '\t', '|' }.OrderByDescending(d => firstLine.Count(c => c == d)).First();
        using var text = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = delimiter, MaxBufferSize = 1 << 22 });
        var headers = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim().TrimStart('\uFEFF')).ToList();
        var rows = new List<IReadOnlyList<string>>();
        while (rows.Count < MaxRows && csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToList());
        }

        return new DossierFilePreview(headers, delimiter, rows);
    }

    private static DossierFilePreview ReadXlsx(string path)
    {
        // The same guard as the import: a workbook that would expand past the limits is not opened for a preview either.
        using var stream = ZipGuard.Open(path, ZipLimits.ExcelDefaults, "XLSX");
        var all = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).Take(MaxRows + 1)
            .Select(r => ((IDictionary<string, object?>)r).Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList())
            .ToList();
        if (all.Count == 0) return new DossierFilePreview([], ',', []);
        return new DossierFilePreview(all[0].Select(h => h.Trim()).ToList(), ',', all.Skip(1).Select(r => (IReadOnlyList<string>)r).ToList());
    }
}
