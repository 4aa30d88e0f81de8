using System.Text;

namespace ParPlan.Core.Documents;

/// <summary>
/// Reads a plan file (.txt, .docx, .pdf) into a <see cref="SourceDocument"/>. The format is sniffed from the content;
/// the extension only breaks ties. Unreadable input raises <see cref="DocumentReadException"/> with a Vietnamese message.
/// </summary>
public static class DocumentReader
{
    public static SourceDocument ReadFile(string path, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Defaults;
        if (!File.Exists(path))
        {
            throw DocumentReadException.NotFound(path);
        }

        var size = new FileInfo(path).Length;
        if (size > limits.MaxFileBytes)
        {
            throw DocumentReadException.TooLarge(size, limits.MaxFileBytes);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new DocumentReadException(UnreadableReason.NotFound, $"Không đọc được tệp {Path.GetFileName(path)}: tệp đang bị chương trình khác khoá hoặc lỗi đọc đĩa.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentReadException(UnreadableReason.NotFound, $"Không có quyền đọc tệp: {path}", ex);
        }

        return Read(bytes, Path.GetFileName(path), limits);
    }

    public static SourceDocument Read(byte[] bytes, string? fileName = null, DocumentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= DocumentLimits.Defaults;
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            throw DocumentReadException.TooLarge(bytes.LongLength, limits.MaxFileBytes);
        }

        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
        {
            throw DocumentReadException.Empty();
        }

        var ext = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        switch (Sniff(bytes))
        {
            case Sniffed.Pdf:
                return PdfDocumentReader.Read(bytes, limits.Pdf);
            case Sniffed.Zip:
                return DocxDocumentReader.Read(bytes, limits.Docx);
            case Sniffed.Ole:
                throw DocumentReadException.Unsupported("tệp Word cũ .doc hoặc tệp Office có mật khẩu");
            case Sniffed.Rtf:
                throw DocumentReadException.Unsupported("RTF");
            case Sniffed.Image:
                throw new DocumentReadException(UnreadableReason.ImageOnly, "Tệp là hình ảnh, không có lớp chữ: cần OCR trước khi nhập.");
            default:
                if (ext is ".docx")
                {
                    throw DocumentReadException.CorruptDocx();
                }

                if (ext is ".pdf")
                {
                    throw DocumentReadException.CorruptPdf();
                }

                if (ext is ".doc" or ".xls" or ".xlsx" or ".ppt" or ".pptx" or ".odt" or ".ods" or ".rtf" or ".zip" or ".rar" or ".7z" or ".exe"
                    or ".jpg" or ".jpeg" or ".png" or ".gif" or ".tif" or ".tiff" or ".mp3" or ".mp4")
                {
                    throw DocumentReadException.Unsupported(ext);
                }

                return TextDocumentReader.Read(bytes);
        }
    }

    private enum Sniffed { Unknown, Pdf, Zip, Ole, Rtf, Image }

    private static Sniffed Sniff(byte[] b)
    {
        if (StartsWith(b, "PK\u0003\u0004"u8) || StartsWith(b, "PK\u0005\u0006"u8))
        {
            return Sniffed.Zip;
        }

        if (StartsWith(b, [0xD0, 0xCF, 0x11, 0xE0]))
        {
            return Sniffed.Ole;
        }

        if (StartsWith(b, "{\\rtf"u8))
        {
            return Sniffed.Rtf;
        }

        if (StartsWith(b, [0x89, (byte)'P', (byte)'N', (byte)'G']) || StartsWith(b, [0xFF, 0xD8, 0xFF]) || StartsWith(b, "GIF8"u8)
            || StartsWith(b, "II*\0"u8) || StartsWith(b, "MM\0*"u8))
        {
            return Sniffed.Image;
        }

        // %PDF- may follow a few bytes of junk (some generators prepend a BOM or whitespace).
        var head = b.AsSpan(0, Math.Min(b.Length, 1024));
        return head.IndexOf("%PDF-"u8) >= 0 ? Sniffed.Pdf : Sniffed.Unknown;
    }

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);
}

/// <summary>Reads a plain-text extraction: UTF-8 (with or without BOM) or UTF-16 with BOM; rejects binary data.</summary>
public static class TextDocumentReader
{
    public static SourceDocument Read(byte[] bytes)
    {
        var text = TryDecode(bytes) ?? throw DocumentReadException.Binary();
        return FromText(text);
    }

    public static SourceDocument FromText(string text)
    {
        var page = 0;
        var lines = new List<SourceBlock>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Contains('\f', StringComparison.Ordinal))
            {
                page++;
                line = line.Replace("\f", "", StringComparison.Ordinal);
            }

            lines.Add(new SourceLine(line, page));
        }

        if (lines.All(l => string.IsNullOrWhiteSpace(((SourceLine)l).Text)))
        {
            throw DocumentReadException.Empty();
        }

        return new SourceDocument(SourceFormat.Text, lines);
    }

    /// <summary>The decoded text, or null when the bytes do not look like text.</summary>
    public static string? TryDecode(byte[] bytes)
    {
        string text;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2 - (bytes.Length % 2));
        }
        else
        {
            var strict = new UTF8Encoding(false, true);
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            string? decoded = null;
            // A truncated file may end inside a multi-byte character: drop at most three trailing bytes.
            for (var cut = 0; cut <= 3 && decoded is null && bytes.Length - offset - cut > 0; cut++)
            {
                try
                {
                    decoded = strict.GetString(bytes, offset, bytes.Length - offset - cut);
                }
                catch (DecoderFallbackException)
                {
                    decoded = null;
                }
            }

            if (decoded is null)
            {
                return null;
            }

            text = decoded;
        }

        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f')) || c == '\uFFFD')
            {
                control++;
            }
        }

        return control > Math.Max(2, text.Length / 200) ? null : text;
    }
}
