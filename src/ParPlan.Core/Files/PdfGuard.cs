using System.IO.Compression;

namespace ParPlan.Core.Files;

/// <summary>
/// Measures a PDF before PdfPig decodes it: every Flate stream that is not an image is inflated once into nothing while
/// the bytes are counted, so a page whose content stream expands to gigabytes is refused instead of read.
/// </summary>
public static class PdfGuard
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();

    /// <exception cref="UnsafeFileException">The inflated streams exceed a limit.</exception>
    public static void Check(byte[] pdf, PdfLimits limits)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var span = pdf.AsSpan();
        var buffer = new byte[1 << 16];
        long total = 0;
        var from = 0;
        while (from < span.Length)
        {
            var at = span[from..].IndexOf(StreamKeyword);
            if (at < 0)
            {
                break;
            }

            at += from;
            from = at + StreamKeyword.Length;
            var dataStart = DataStart(span, at);
            if (dataStart < 0 || (at >= 3 && span.Slice(at - 3, 3).SequenceEqual("end"u8)))
            {
                continue;
            }

            var end = span[dataStart..].IndexOf(EndStreamKeyword);
            var length = end < 0 ? span.Length - dataStart : end;
            if (!IsFlate(span, at) || IsImage(span, at))
            {
                continue;
            }

            var produced = Inflate(pdf, dataStart, length, buffer, limits, ref total);
            if (produced > ZipLimits.RatioFloorBytes && produced > (long)limits.MaxCompressionRatio * Math.Max(1, length))
            {
                throw new UnsafeFileException(UnsafeFileReason.CompressionRatio,
                    $"Tệp PDF có một luồng dữ liệu nén tới {ZipGuard.Number(produced / Math.Max(1, length))} lần, vượt mức {limits.MaxCompressionRatio} lần cho phép; " +
                    "tệp có thể là bom nén nên không được đọc.");
            }

            from = dataStart + length;
        }
    }

    /// <summary>Inflates one stream, counting its bytes against the per-stream ratio and the whole file's budget.</summary>
    private static long Inflate(byte[] pdf, int start, int length, byte[] buffer, PdfLimits limits, ref long total)
    {
        long produced = 0;
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(pdf, start, length, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                produced += read;
                total += read;
                if (total > limits.MaxUncompressedBytes)
                {
                    throw new UnsafeFileException(UnsafeFileReason.TooLarge,
                        $"Tệp PDF khi giải nén lớn hơn {ZipGuard.Megabytes(limits.MaxUncompressedBytes)} MB cho phép; tệp có thể là bom nén nên không được đọc.");
                }

                if (produced > ZipLimits.RatioFloorBytes && produced > (long)limits.MaxCompressionRatio * Math.Max(1, length))
                {
                    return produced;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not zlib data after all (or damaged): PdfPig decides what to do with it.
        }

        return produced;
    }

    /// <summary>The first data byte after <c>stream</c> and its end of line, or -1 when this is not a stream keyword.</summary>
    private static int DataStart(ReadOnlySpan<byte> span, int at)
    {
        var i = at + StreamKeyword.Length;
        if (i < span.Length && span[i] == '\r')
        {
            i++;
        }

        return i < span.Length && span[i] == '\n' ? i + 1 : -1;
    }

    /// <summary>The stream's dictionary: the text between the nearest preceding <c>obj</c> and the keyword.</summary>
    private static ReadOnlySpan<byte> Dictionary(ReadOnlySpan<byte> span, int at)
    {
        var from = Math.Max(0, at - 4096);
        var window = span[from..at];
        var obj = window.LastIndexOf("obj"u8);
        return obj < 0 ? window : window[obj..];
    }

    private static bool IsFlate(ReadOnlySpan<byte> span, int at) => Dictionary(span, at).IndexOf("/FlateDecode"u8) >= 0;

    private static bool IsImage(ReadOnlySpan<byte> span, int at) => Dictionary(span, at).IndexOf("/Image"u8) >= 0;
}
