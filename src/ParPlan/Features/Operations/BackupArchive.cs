using System.IO.Compression;
using System.Security.Cryptography;

namespace ParPlan.Features.Operations;

/// <summary>Writes a backup: one zip holding the database part, every file under the data folder's <c>evidence/</c> and
/// <c>keys/</c> (the data-protection keys behind logins and calendar links), and <c>manifest.json</c> with each part's
/// size and SHA-256. Written to a temporary file beside the target and renamed at the end.</summary>
public static class BackupArchive
{
    /// <summary>What the database part is and what it holds, measured on the copy that goes into the archive.</summary>
    public sealed record DatabaseCopy(string File, string Part, string Provider, StoreFacts Facts);

    /// <summary>The database is copied first, so every evidence row in it already has its file on disk (files are written
    /// before their row); a file added after the copy is carried without a row, which is harmless.</summary>
    public static async Task<BackupManifest> WriteAsync(string target, DatabaseCopy database, string dataDirectory, DateTimeOffset now, CancellationToken ct = default)
    {
        var temp = target + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            BackupManifest manifest;
            await using (var stream = new FileStream(temp, PrivateFile))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var parts = new List<BackupPart> { await AddAsync(zip, database.Part, database.File, ct) };
                foreach (var folder in new[] { BackupManifest.EvidenceFolder, BackupManifest.KeysFolder })
                {
                    var root = Path.Combine(Path.GetFullPath(dataDirectory), folder);
                    if (!Directory.Exists(root)) continue;
                    foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    {
                        var name = folder + "/" + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                        parts.Add(await AddAsync(zip, name, file, ct));
                    }
                }

                manifest = new BackupManifest(BackupManifest.CurrentFormat, BackupManifest.CurrentAppVersion, now, database.Provider,
                    database.Part, database.Facts.Migrations, new SortedDictionary<string, long>(database.Facts.Tables.ToDictionary(), StringComparer.Ordinal), parts);
                await using var entry = zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal).Open();
                await entry.WriteAsync(manifest.ToJson(), ct);
            }

            await using (var written = new FileStream(temp, FileMode.Open, FileAccess.Read))
            {
                written.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
            return manifest;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The archive holds the keys that sign login cookies: on Unix only its owner may read it (mode 600).</summary>
    private static FileStreamOptions PrivateFile => OperatingSystem.IsWindows()
        ? new() { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite }
        : new() { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite };

    private static async Task<BackupPart> AddAsync(ZipArchive zip, string name, string file, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        await using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        await using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await entry.WriteAsync(buffer.AsMemory(0, read), ct);
            size += read;
        }

        return new BackupPart(name, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
