using System.IO.Compression;
using System.Security.Cryptography;
using ParPlan.Data;

namespace ParPlan.Features.Operations;

/// <summary>Reads a backup without trusting it: the manifest must be present and of a known format, every entry must be a
/// part named in it with a safe relative path, and every part must have exactly its size and SHA-256. Bytes are counted as
/// they are read, so an entry that lies about its size is stopped at the size the manifest declares.</summary>
public sealed class BackupReader : IDisposable
{
    private const long MaxManifestBytes = 16 * 1024 * 1024;

    private readonly FileStream stream;
    private readonly ZipArchive zip;

    private BackupReader(FileStream stream, ZipArchive zip, BackupManifest manifest)
    {
        this.stream = stream;
        this.zip = zip;
        Manifest = manifest;
    }

    public BackupManifest Manifest { get; }

    /// <summary>Opens the archive and checks its manifest and the list of its entries (not yet their content).</summary>
    public static Result<BackupReader> Open(string file)
    {
        FileStream? stream = null;
        ZipArchive? zip = null;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
            zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var checkedManifest = ReadManifest(zip);
            if (!checkedManifest.IsSuccess)
            {
                zip.Dispose();
                stream.Dispose();
                return checkedManifest.Error!;
            }

            return new BackupReader(stream, zip, checkedManifest.Value!);
        }
        catch (InvalidDataException ex)
        {
            zip?.Dispose();
            stream?.Dispose();
            return IsSqliteFile(file)
                ? Error.Invalid("Tệp này là một tệp cơ sở dữ liệu SQLite rời, không phải là bản sao lưu ParPlan (tệp zip có manifest.json, do parplan backup tạo). "
                    + "Tệp rời không có tệp minh chứng, khoá và mã kiểm tra nên không kiểm chứng được; xem docs/operations.md nếu vẫn cần dùng nó.")
                : Error.Invalid($"Tệp không phải là bản sao lưu ParPlan đọc được: không mở được như tệp zip (tệp bị cắt cụt, hỏng, hoặc là loại tệp khác; {ex.Message}).");
        }
    }

    private static bool IsSqliteFile(string file)
    {
        Span<byte> head = stackalloc byte[16];
        using var stream = File.OpenRead(file);
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual("SQLite format 3\0"u8);
    }

    private static Result<BackupManifest> ReadManifest(ZipArchive zip)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName);
        if (entry is null)
        {
            return Error.Invalid($"Bản sao lưu thiếu {BackupManifest.EntryName} (bảng kê các phần và mã kiểm tra), nên không kiểm tra được: không dùng tệp này.");
        }

        if (entry.Length > MaxManifestBytes)
        {
            return Error.Invalid($"{BackupManifest.EntryName} lớn bất thường ({entry.Length} byte): tệp không phải là bản sao lưu ParPlan.");
        }

        using var content = new MemoryStream();
        using (var read = entry.Open())
        {
            CopyBounded(read, content, MaxManifestBytes);
        }

        if (BackupManifest.Parse(content.ToArray()) is not { } manifest)
        {
            return Error.Invalid($"{BackupManifest.EntryName} của bản sao lưu không đọc được (sai cú pháp hoặc thiếu mục).");
        }

        if (manifest.FormatVersion != BackupManifest.CurrentFormat)
        {
            return Error.Invalid($"Bản sao lưu có định dạng phiên bản {manifest.FormatVersion}, phiên bản ParPlan này chỉ đọc định dạng {BackupManifest.CurrentFormat}"
                + (manifest.FormatVersion > BackupManifest.CurrentFormat ? "; hãy nâng cấp ParPlan trước." : "."));
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in manifest.Parts)
        {
            if (!IsSafe(part.Path))
            {
                return Error.Invalid($"Bản sao lưu có phần với tên không an toàn \"{part.Path}\" (phải là đường dẫn tương đối trong evidence/, keys/ hoặc database/).");
            }

            if (!declared.Add(part.Path) || part.Size < 0)
            {
                return Error.Invalid($"{BackupManifest.EntryName} kê phần \"{part.Path}\" không hợp lệ (trùng tên hoặc kích thước âm).");
            }
        }

        if (manifest.Database is null)
        {
            return Error.Invalid($"{BackupManifest.EntryName} không kê phần cơ sở dữ liệu \"{manifest.DatabasePart}\".");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in zip.Entries)
        {
            if (e.FullName == BackupManifest.EntryName) continue;
            if (!names.Add(e.FullName) || !declared.Contains(e.FullName))
            {
                return Error.Invalid($"Bản sao lưu chứa \"{e.FullName}\" không có trong {BackupManifest.EntryName} (hoặc có hai lần): tệp đã bị sửa.");
            }
        }

        if (manifest.Parts.FirstOrDefault(p => !names.Contains(p.Path)) is { } missing)
        {
            return Error.Invalid($"Bản sao lưu thiếu phần \"{missing.Path}\" mà {BackupManifest.EntryName} kê ({missing.Size} byte).");
        }

        return manifest;
    }

    /// <summary>Relative, forward slashes, inside one of the three folders, no <c>..</c>, no empty or dot segments.</summary>
    public static bool IsSafe(string path) =>
        path.Length is > 0 and < 1024
        && !path.Contains('\\') && !path.Contains(':') && !path.Contains('\0')
        && path.Split('/') is [var top, _, ..] segments
        && top is BackupManifest.EvidenceFolder or BackupManifest.KeysFolder or "database"
        && segments.All(s => s.Length > 0 && s is not "." and not "..");

    /// <summary>Checks every part's size and SHA-256, naming the first one that differs.</summary>
    public async Task<Result<long>> VerifyPartsAsync(CancellationToken ct = default)
    {
        long total = 0;
        foreach (var part in Manifest.Parts)
        {
            var checkedPart = await CopyPartAsync(part, Stream.Null, ct);
            if (!checkedPart.IsSuccess) return checkedPart.Error!;
            total += part.Size;
        }

        return total;
    }

    /// <summary>Writes one part to <paramref name="destination"/> (a new file), checking it on the way.</summary>
    public async Task<Result<long>> ExtractAsync(BackupPart part, string destination, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        Result<long> result;
        await using (var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write))
        {
            result = await CopyPartAsync(part, output, ct);
        }

        if (!result.IsSuccess) File.Delete(destination);
        return result;
    }

    private async Task<Result<long>> CopyPartAsync(BackupPart part, Stream output, CancellationToken ct)
    {
        var entry = zip.GetEntry(part.Path)!;
        if (entry.Length != part.Size)
        {
            return Damaged(part, $"kích thước {part.Size} byte theo {BackupManifest.EntryName}, trong tệp zip ghi {entry.Length} byte");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        Stream input;
        try
        {
            input = entry.Open();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return Damaged(part, $"không mở được ({ex.Message})");
        }

        await using (input)
        {
            while (true)
            {
                int read;
                try
                {
                    read = await input.ReadAsync(buffer, ct);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException)
                {
                    return Damaged(part, $"dữ liệu nén không giải được ({ex.Message})");
                }

                if (read == 0) break;
                size += read;
                if (size > part.Size)
                {
                    return Damaged(part, $"dài hơn {part.Size} byte đã kê");
                }

                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        if (size != part.Size)
        {
            return Damaged(part, $"kích thước {part.Size} byte theo {BackupManifest.EntryName}, đọc được {size} byte");
        }

        var found = Convert.ToHexStringLower(hash.GetHashAndReset());
        return string.Equals(found, part.Sha256, StringComparison.OrdinalIgnoreCase)
            ? size
            : Damaged(part, $"mã SHA-256 phải là {part.Sha256}, tính được {found}");
    }

    private static Error Damaged(BackupPart part, string what) =>
        Error.Invalid($"Phần \"{part.Path}\" của bản sao lưu bị hỏng: {what}.");

    private static void CopyBounded(Stream input, Stream output, long max)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            total += read;
            if (total > max) throw new InvalidDataException($"{BackupManifest.EntryName} dài hơn {max} byte.");
            output.Write(buffer, 0, read);
        }
    }

    public void Dispose()
    {
        zip.Dispose();
        stream.Dispose();
    }
}
