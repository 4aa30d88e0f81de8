using System.IO.Compression;
using ParPlan.Core.Files;

namespace ParPlan.Features.Tasks;

/// <summary>What an uploaded file really is, judged by its first bytes (and, for Office files, the package parts).</summary>
public static class EvidenceSniffer
{
    public sealed record Kind(string ContentType, string Extension);

    public static readonly Kind Pdf = new("application/pdf", ".pdf");
    public static readonly Kind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly Kind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly Kind Png = new("image/png", ".png");
    public static readonly Kind Jpeg = new("image/jpeg", ".jpg");
    public static readonly Kind Gif = new("image/gif", ".gif");
    public static readonly Kind Webp = new("image/webp", ".webp");

    /// <summary>The kind, or null for anything else (executables, HTML, plain text renamed to .pdf …).</summary>
    public static Kind? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[12];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.Length >= 4 && head[0] == 0x89 && head[1..4].SequenceEqual("PNG"u8)) return Png;
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return Jpeg;
        if (head.StartsWith("GIF8"u8)) return Gif;
        if (read >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return Webp;
        if (head.StartsWith("PK\u0003\u0004"u8)) return OfficeKind(content);
        return null;
    }

    private static Kind? OfficeKind(Stream content)
    {
        try
        {
            // Stored, not parsed; but a package that would expand past the workbook limits is no evidence anyone can open.
            ZipGuard.Check(content, ZipLimits.ExcelDefaults, "Office");
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            if (zip.GetEntry("word/document.xml") is not null) return Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null) return Xlsx;
            return null;
        }
        catch (UnsafeFileException ex) when (ex.Reason == UnsafeFileReason.Corrupt)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
