using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace ParPlan.Core.Files;

/// <summary>
/// The one check every DOCX and XLSX passes before OpenXml or MiniExcel opens it. First the sizes the archive
/// declares (entry count from the end record, then each entry's <c>Length</c> and <c>CompressedLength</c>), then every
/// entry is inflated once into nothing while the bytes actually produced are counted, because a crafted archive can
/// declare small sizes and expand to gigabytes. Parsers then get a stream over the same, now measured, bytes.
/// </summary>
public static class ZipGuard
{
    /// <summary>A read-only stream over <paramref name="bytes"/> after <see cref="Check"/> passed.</summary>
    /// <exception cref="UnsafeFileException">The package is damaged or over a limit.</exception>
    public static Stream Open(byte[] bytes, ZipLimits limits, string kind)
    {
        var stream = new MemoryStream(bytes, writable: false);
        Check(stream, limits, kind);
        return stream;
    }

    /// <summary>A read-only stream over the file at <paramref name="path"/> after <see cref="Check"/> passed.</summary>
    public static Stream Open(string path, ZipLimits limits, string kind)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            Check(stream, limits, kind);
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Measures the package in <paramref name="content"/> (seekable); leaves the stream where it started.</summary>
    /// <param name="kind">The format named in messages: "DOCX", "XLSX".</param>
    /// <exception cref="UnsafeFileException">The package is damaged or over a limit.</exception>
    public static void Check(Stream content, ZipLimits limits, string kind)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        var start = content.Position;
        try
        {
            if (DeclaredEntryCount(content, start) is { } count && count > limits.MaxEntries)
            {
                throw TooManyEntries(kind, count, limits);
            }

            content.Position = start;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                throw TooManyEntries(kind, entries.Count, limits);
            }

            long declared = 0;
            foreach (var entry in entries)
            {
                CheckRatio(kind, entry, entry.Length, limits);
                declared += entry.Length;
                if (declared > limits.MaxUncompressedBytes)
                {
                    throw TooLarge(kind, limits);
                }
            }

            CountActualBytes(kind, entries, limits);
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or EndOfStreamException or IOException
                                       and not FileNotFoundException)
        {
            throw new UnsafeFileException(UnsafeFileReason.Corrupt,
                $"Tệp {kind} bị hỏng hoặc không phải {kind}: không mở được gói nén (tệp bị cắt cụt, bị mã hoá hoặc là loại tệp khác).", ex);
        }
        finally
        {
            content.Position = start;
        }
    }

    /// <summary>Inflates every entry into a scratch buffer, counting what comes out.</summary>
    private static void CountActualBytes(string kind, IReadOnlyCollection<ZipArchiveEntry> entries, ZipLimits limits)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long total = 0;
            foreach (var entry in entries)
            {
                using var stream = entry.Open();
                long produced = 0;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    produced += read;
                    total += read;
                    if (produced > entry.Length)
                    {
                        throw new UnsafeFileException(UnsafeFileReason.SizeMismatch,
                            $"Tệp {kind} khai sai kích thước của phần «{entry.FullName}» (khai {Number(entry.Length)} byte nhưng giải nén ra nhiều hơn); " +
                            "tệp có thể đã bị cố ý làm sai nên không được mở. Hãy mở và lưu lại tệp bằng Word hoặc Excel rồi gửi lại.");
                    }

                    if (total > limits.MaxUncompressedBytes)
                    {
                        throw TooLarge(kind, limits);
                    }

                    CheckRatio(kind, entry, produced, limits);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void CheckRatio(string kind, ZipArchiveEntry entry, long uncompressed, ZipLimits limits)
    {
        if (uncompressed > ZipLimits.RatioFloorBytes && uncompressed > limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
        {
            var ratio = uncompressed / Math.Max(1, entry.CompressedLength);
            throw new UnsafeFileException(UnsafeFileReason.CompressionRatio,
                $"Tệp {kind} có phần «{entry.FullName}» nén tới {Number(ratio)} lần, vượt mức {limits.MaxCompressionRatio} lần cho phép; " +
                "tệp có thể là bom nén (zip bomb) nên không được mở.");
        }
    }

    /// <summary>The entry count of the end-of-central-directory record, read from the last bytes without building the
    /// entry list; null when absent or ZIP64 (then <see cref="ZipArchive"/> decides).</summary>
    private static long? DeclaredEntryCount(Stream content, long start)
    {
        const int RecordLength = 22;
        var length = content.Length - start;
        if (length < RecordLength)
        {
            return null;
        }

        var tail = (int)Math.Min(length, RecordLength + ushort.MaxValue);
        var buffer = ArrayPool<byte>.Shared.Rent(tail);
        try
        {
            content.Position = start + length - tail;
            content.ReadExactly(buffer, 0, tail);
            for (var i = tail - RecordLength; i >= 0; i--)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(i)) == 0x06054b50)
                {
                    var total = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(i + 10));
                    return total == ushort.MaxValue ? null : total;
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static UnsafeFileException TooManyEntries(string kind, long count, ZipLimits limits) =>
        new(UnsafeFileReason.TooManyEntries,
            $"Tệp {kind} chứa {Number(count)} thành phần nén, vượt giới hạn {Number(limits.MaxEntries)}; tệp có thể là bom nén (zip bomb) nên không được mở.");

    private static UnsafeFileException TooLarge(string kind, ZipLimits limits) =>
        new(UnsafeFileReason.TooLarge,
            $"Tệp {kind} khi giải nén lớn hơn {Megabytes(limits.MaxUncompressedBytes)} MB cho phép; tệp có thể là bom nén (zip bomb) nên không được mở. " +
            "Hãy chia nhỏ tệp hoặc liên hệ quản trị hệ thống.");

    internal static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", Vietnamese);

    internal static string Number(long value) => value.ToString("N0", Vietnamese);

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
}
