namespace ParPlan.Core.Files;

/// <summary>
/// What an uploaded Office package (DOCX, XLSX) may expand to before a parser opens it: the number of parts, their
/// total uncompressed size and how far one part may be compressed. A real document compresses its XML 5–30 times;
/// a zip bomb a thousand times.
/// </summary>
/// <param name="MaxEntries">Parts in the package (a Word plan has a few dozen).</param>
/// <param name="MaxUncompressedBytes">All parts together, uncompressed.</param>
/// <param name="MaxCompressionRatio">Uncompressed size over compressed size of one part; checked on parts larger than
/// <see cref="RatioFloorBytes"/>, because small XML parts (styles, settings) legitimately compress very well.</param>
public sealed record ZipLimits(int MaxEntries, long MaxUncompressedBytes, int MaxCompressionRatio)
{
    /// <summary>Parts smaller than this (uncompressed) are not checked for their compression ratio.</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    /// <summary>Plans in Word: the document is loaded whole into memory, so the budget is small.</summary>
    public static ZipLimits WordDefaults { get; } = new(1_000, 32L * 1024 * 1024, 100);

    /// <summary>Dossier workbooks: read as a stream, a province-year sheet runs to about a gigabyte of XML.</summary>
    public static ZipLimits ExcelDefaults { get; } = new(1_000, 2L * 1024 * 1024 * 1024, 100);
}
