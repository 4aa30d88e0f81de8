using Microsoft.AspNetCore.Http;
using ParPlan.Core.Files;

namespace ParPlan.Features.Tasks;

/// <summary>
/// The one way an uploaded document is kept (task evidence, PAR INDEX evidence, a dialogue's conclusion notice): read
/// once, judged by its content (<see cref="EvidenceSniffer"/>: PDF, Word, Excel or an image, an unsafe package refused),
/// then written under the feature's folder with the extension of what it really is. The caller checks the size first.
/// </summary>
public static class UploadStore
{
    public const string Unsupported =
        "Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx) hoặc ảnh (PNG, JPEG, GIF, WebP); nội dung tệp không đúng các loại này.";

    /// <param name="pathWithoutExtension">The file's path under <paramref name="root"/>, without extension.</param>
    public static async Task<Result<StoredUpload>> SaveAsync(IFormFile file, string root, string pathWithoutExtension, CancellationToken ct)
    {
        await using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        EvidenceSniffer.Kind? kind;
        try
        {
            kind = EvidenceSniffer.Detect(buffer);
        }
        catch (UnsafeFileException ex)
        {
            return Error.TooLarge(ex.Message);
        }

        if (kind is null)
        {
            return Error.UnsupportedType(Unsupported);
        }

        var relative = pathWithoutExtension + kind.Extension;
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, buffer.ToArray(), ct);
        return new StoredUpload(relative, kind.ContentType, kind.Extension);
    }
}
