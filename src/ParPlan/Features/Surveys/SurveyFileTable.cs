using System.Globalization;
using System.Text;
using MiniExcelLibs;
using ParPlan.Core.Files;
using Sylvan.Data.Csv;

namespace ParPlan.Features.Surveys;

/// <summary>A survey file read as a table: its header and its data rows (CSV in UTF-8 with , ; tab or | as delimiter, or
/// the first sheet of an XLSX workbook, opened through the zip guard). Null when the file cannot be read.</summary>
public sealed record SurveyFileTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static bool IsXlsx(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool IsSupported(string fileName) => IsXlsx(fileName) || fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The table, reading at most <paramref name="maxRows"/> data rows (one more tells the caller the file is too long).</summary>
    public static SurveyFileTable? Read(byte[] content, string fileName, int maxRows)
    {
        try
        {
            return IsXlsx(fileName) ? ReadXlsx(content, maxRows) : ReadCsv(content, maxRows);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or InvalidOperationException or CsvFormatException
            or CsvRecordTooLargeException or CsvMissingHeadersException or ArgumentException or UnsafeFileException or System.Xml.XmlException
            or InvalidCastException or KeyNotFoundException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static SurveyFileTable ReadCsv(byte[] content, int maxRows)
    {
        var encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var text = encoding.GetString(content).TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = new[] { ',', ';', '\t', '|' }.OrderByDescending(d => firstLine.Count(c => c == d)).First();
        using var reader = new StringReader(text);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = delimiter, MaxBufferSize = 1 << 22 });
        var headers = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        var rows = new List<IReadOnlyList<string>>();
        while (rows.Count <= maxRows && csv.Read())
        {
            var row = Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToList();
            if (row.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(row);
        }

        return new SurveyFileTable(headers, rows);
    }

    private static SurveyFileTable ReadXlsx(byte[] content, int maxRows)
    {
        using var stream = ZipGuard.Open(content, ZipLimits.ExcelDefaults, "XLSX");
        var all = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX)
            .Select(r => ((IDictionary<string, object?>)r).Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList())
            .Where(r => r.Any(c => !string.IsNullOrWhiteSpace(c)))
            .Take(maxRows + 2).ToList();
        if (all.Count == 0) return new SurveyFileTable([], []);
        return new SurveyFileTable(all[0].Select(h => h.Trim()).ToList(), all.Skip(1).Select(r => (IReadOnlyList<string>)r).ToList());
    }
}
