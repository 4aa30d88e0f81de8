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
