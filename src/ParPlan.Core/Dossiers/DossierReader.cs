using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MiniExcelLibs;
using ParPlan.Core.Files;
using Sylvan.Data.Csv;

namespace ParPlan.Core.Dossiers;

/// <summary>
/// Streams dossier exports (CSV via Sylvan.Data.Csv, XLSX via MiniExcel) row by row without materialising
/// the file. Accepted and rejected rows are yielded in file order; the caller aggregates or stores them.
/// </summary>
public static class DossierReader
{
    /// <summary>Picks the format from a file name (".xlsx" → XLSX, anything else → CSV).</summary>
    public static DossierFileFormat FormatOf(string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? DossierFileFormat.Xlsx : DossierFileFormat.Csv;

    public static IEnumerable<DossierRow> Read(Stream stream, DossierFileFormat format, DossierReadOptions? options = null) =>
        format == DossierFileFormat.Xlsx ? ReadXlsx(stream, options) : ReadCsv(stream, options);

    /// <summary>Reads a UTF-8 CSV (BOM optional, RFC 4180 quoting, header row first).</summary>
    /// <exception cref="DossierFileException">The header lacks a required column.</exception>
    public static IEnumerable<DossierRow> ReadCsv(Stream stream, DossierReadOptions? options = null)
    {
        options ??= new DossierReadOptions();
        var counting = new CountingStream(stream);
        using var text = OpenText(counting);
        using var csv = Guard(() => CsvDataReader.Create(text, CsvOptions(options)), 1);
        var (parser, tracker) = Start(csv, options, counting);
        long line = 1;
        while (Guard(csv.Read, line + 1))
        {
            line++;
            options.CancellationToken.ThrowIfCancellationRequested();
            if (ParseRow(csv, parser, line) is not { } row) continue;
            tracker.Count(row.IsAccepted);
            yield return row;
        }
        tracker.Finish();
    }

    /// <summary>
    /// Reads a CSV asynchronously (for request bodies and other streams that forbid synchronous reads);
    /// same rules as <see cref="ReadCsv"/>.
    /// </summary>
    public static async IAsyncEnumerable<DossierRow> ReadCsvAsync(Stream stream, DossierReadOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new DossierReadOptions();
        var counting = new CountingStream(stream);
        using var text = OpenText(counting);
        await using var csv = await GuardAsync(() => CsvDataReader.CreateAsync(text, CsvOptions(options), cancellationToken), 1)
            .ConfigureAwait(false);
        var (parser, tracker) = Start(csv, options, counting);
        long line = 1;
        while (await GuardAsync(() => csv.ReadAsync(cancellationToken), line + 1).ConfigureAwait(false))
        {
            line++;
            options.CancellationToken.ThrowIfCancellationRequested();
            if (ParseRow(csv, parser, line) is not { } row) continue;
            tracker.Count(row.IsAccepted);
            yield return row;
        }
        tracker.Finish();
    }

    /// <summary>Turns Sylvan's structural errors (empty file, unclosed quote, oversized record) into a Vietnamese file error.</summary>
    private static T Guard<T>(Func<T> action, long line)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is CsvFormatException or CsvRecordTooLargeException or CsvMissingHeadersException)
        {
            throw FileError(ex, line);
        }
    }

    private static async Task<T> GuardAsync<T>(Func<Task<T>> action, long line)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is CsvFormatException or CsvRecordTooLargeException or CsvMissingHeadersException)
        {
            throw FileError(ex, line);
        }
    }

    private static DossierFileException FileError(Exception ex, long line) => ex is CsvMissingHeadersException
        ? new DossierFileException("Tệp rỗng hoặc không có dòng tiêu đề.")
        : new DossierFileException($"Tệp CSV hỏng cấu trúc từ dòng {line} (dấu ngoặc kép không đóng hoặc một dòng quá dài); không đọc tiếp được.");

    private static StreamReader OpenText(Stream stream) =>
        new(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);

    private static CsvDataReaderOptions CsvOptions(DossierReadOptions options) => new()
    {
        HasHeaders = true,
        Delimiter = (options.Map ?? DossierColumnMap.Canonical).Delimiter,
        BufferSize = 1 << 16,
        MaxBufferSize = 1 << 22,
    };

    private static (DossierRowParser, ProgressTracker) Start(CsvDataReader csv, DossierReadOptions options, CountingStream counting)
    {
        var header = new string[csv.FieldCount];
        for (int i = 0; i < header.Length; i++) header[i] = csv.GetName(i);
        // Exports run at 150–250 bytes a row; sizing the duplicate table up front avoids rehashing a million codes.
        var parser = new DossierRowParser(header, options, (counting.TryLength() ?? 0) / 200);
        return (parser, new ProgressTracker(options, counting));
    }

    /// <summary>Parses the current CSV row; null for a blank row.</summary>
    private static DossierRow? ParseRow(CsvDataReader csv, DossierRowParser parser, long line)
    {
        var source = new CsvSource(csv);
        return parser.IsBlank(ref source) ? null : parser.Parse(ref source, line);
    }

    /// <summary>Reads the first sheet of an XLSX workbook whose first row is the header.</summary>
    /// <exception cref="DossierFileException">The sheet is empty or lacks a required column.</exception>
    public static IEnumerable<DossierRow> ReadXlsx(Stream stream, DossierReadOptions? options = null)
    {
        options ??= new DossierReadOptions();
        // A stream that cannot seek is copied to a temporary file first: the guard and MiniExcel both need to seek.
        using var spool = stream.CanSeek ? null : SpoolToTemporaryFile(stream);
        var workbook = spool ?? stream;
        CheckXlsx(workbook, options.XlsxLimits ?? ZipLimits.ExcelDefaults);
        var counting = new CountingStream(workbook);
        using var rows = XlsxGuard(() => MiniExcel.Query(counting, useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator());
        if (!XlsxGuard(rows.MoveNext)) throw new DossierFileException("Bảng tính không có dòng tiêu đề.");
        var headerCells = (IDictionary<string, object?>)rows.Current;
        var letters = headerCells.Keys.ToArray();
        var header = letters.Select(k => Cell(headerCells[k])).ToArray();
        var parser = new DossierRowParser(header, options);
        var tracker = new ProgressTracker(options, counting);
        var buffer = new string[letters.Length];
        long line = 1;
        while (XlsxGuard(rows.MoveNext))
        {
            line++;
            var cells = (IDictionary<string, object?>)rows.Current;
            for (int i = 0; i < letters.Length; i++)
                buffer[i] = cells.TryGetValue(letters[i], out var v) ? Cell(v) : "";
            options.CancellationToken.ThrowIfCancellationRequested();
            var source = new ArraySource(buffer);
            if (parser.IsBlank(ref source)) continue;
            var row = parser.Parse(ref source, line);
            tracker.Count(row.IsAccepted);
            yield return row;
        }
        tracker.Finish();
    }

    /// <summary>Measures the workbook with <see cref="ZipGuard"/> before MiniExcel opens it.</summary>
    private static void CheckXlsx(Stream workbook, ZipLimits limits)
    {
        try
        {
            ZipGuard.Check(workbook, limits, "XLSX");
        }
        catch (UnsafeFileException ex)
        {
            throw new DossierFileException(ex.Message, ex);
        }
    }

    private static FileStream SpoolToTemporaryFile(Stream stream)
    {
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        stream.CopyTo(spool);
        spool.Position = 0;
        return spool;
    }

    /// <summary>MiniExcel's failures on a damaged workbook (bad XML, missing parts) as one Vietnamese file error.</summary>
    private static T XlsxGuard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or InvalidOperationException or IOException
                                       or FormatException or InvalidCastException or NullReferenceException or IndexOutOfRangeException
                                       or KeyNotFoundException or ArgumentException)
        {
            throw new DossierFileException(XlsxCorrupt, ex);
        }
    }

    /// <summary>The sentence for a workbook that opens as a zip but not as a spreadsheet.</summary>
    public const string XlsxCorrupt = "Tệp XLSX bị hỏng hoặc không phải XLSX: không đọc được trang tính đầu tiên. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại.";

    /// <summary>Text of an XLSX cell; Excel dates become <c>YYYY-MM-DDTHH:MM:SS</c> local time.</summary>
    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToOffset(DossierCodes.VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private readonly struct CsvSource(CsvDataReader csv) : IFieldSource
    {
        public ReadOnlySpan<char> Field(int index) => index < csv.RowFieldCount ? csv.GetFieldSpan(index) : [];
    }

    private readonly struct ArraySource(string[] cells) : IFieldSource
    {
        public ReadOnlySpan<char> Field(int index) => cells[index];
    }

    private sealed class ProgressTracker(DossierReadOptions options, CountingStream stream)
    {
        private long _rows, _rejected;
        private readonly long? _total = stream.TryLength();

        public void Count(bool accepted)
        {
            _rows++;
            if (!accepted) _rejected++;
            if (options.Progress is { } p && options.ProgressInterval > 0 && _rows % options.ProgressInterval == 0)
                p.Report(new DossierReadProgress(_rows, _rejected, stream.BytesRead, _total));
        }

        public void Finish() => options.Progress?.Report(new DossierReadProgress(_rows, _rejected, stream.BytesRead, _total));
    }
}
