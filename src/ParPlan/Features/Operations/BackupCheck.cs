using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Operations;

/// <summary>Everything <c>restore</c> and <c>backup verify</c> check before trusting a backup, in order: the manifest and the
/// list of parts (<see cref="BackupReader.Open"/>), migrations this build knows, every part's size and SHA-256, and for
/// SQLite the database itself on a private copy (integrity_check, ParPlan tables, row counts equal to the manifest's).</summary>
public static class BackupCheck
{
    public const string Sqlite = nameof(DatabaseProvider.Sqlite);

    public const string Postgres = nameof(DatabaseProvider.Postgres);

    /// <summary>Checks the backup and leaves its checked database part in <paramref name="work"/>; returns that file's path.</summary>
    public static async Task<Result<string>> VerifyAsync(BackupReader reader, string work, CancellationToken ct = default)
    {
        var manifest = reader.Manifest;
        if (manifest.Provider is not (Sqlite or Postgres))
        {
            return Error.Invalid($"{BackupManifest.EntryName} ghi hệ quản trị dữ liệu \"{manifest.Provider}\", ParPlan chỉ biết Sqlite và Postgres.");
        }

        var known = KnownMigrations(manifest.Provider);
        if (manifest.Migrations.FirstOrDefault(m => !known.Contains(m)) is { } unknown)
        {
            return Error.Invalid($"Bản sao lưu được tạo bởi phiên bản ParPlan mới hơn hoặc khác (cập nhật cấu trúc {unknown}, ParPlan {manifest.AppVersion}); hãy dùng phiên bản đó hoặc nâng cấp ParPlan trước.");
        }

        var parts = await reader.VerifyPartsAsync(ct);
        if (!parts.IsSuccess) return parts.Error!;

        var space = CheckSpace(work, manifest.Database!.Size);
        if (!space.IsSuccess) return space.Error!;

        var copy = Path.Combine(work, Path.GetFileName(manifest.DatabasePart));
        var extracted = await reader.ExtractAsync(manifest.Database!, copy, ct);
        if (!extracted.IsSuccess) return extracted.Error!;

        if (manifest.Provider == Postgres)
        {
            var listed = await PostgresTools.CheckDumpAsync(copy, ct);
            return listed.IsSuccess ? copy : listed.Error!;
        }

        var facts = await SqliteStoreFile.ValidateAsync(copy, ct);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!facts.IsSuccess) return facts.Error!;
        if (!facts.Value!.Migrations.Order(StringComparer.Ordinal).SequenceEqual(manifest.Migrations.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return Error.Invalid($"Lịch sử cập nhật cấu trúc trong cơ sở dữ liệu ({string.Join(", ", facts.Value.Migrations)}) khác với {BackupManifest.EntryName} ({string.Join(", ", manifest.Migrations)}).");
        }

        var counts = CompareCounts(manifest.Tables, facts.Value.Tables);
        return counts.IsSuccess ? copy : counts.Error!;
    }

    /// <summary>The first table whose rows differ from the manifest, named with both numbers.</summary>
    public static Result<bool> CompareCounts(IReadOnlyDictionary<string, long> expected, IReadOnlyDictionary<string, long> found)
    {
        foreach (var (table, rows) in expected.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!found.TryGetValue(table, out var actual))
            {
                return Error.Invalid($"Bảng {table} có {rows} dòng theo {BackupManifest.EntryName} nhưng không có trong cơ sở dữ liệu của bản sao lưu.");
            }

            if (actual != rows)
            {
                return Error.Invalid($"Bảng {table}: {BackupManifest.EntryName} ghi {rows} dòng, cơ sở dữ liệu có {actual} dòng.");
            }
        }

        if (found.Keys.FirstOrDefault(t => !expected.ContainsKey(t)) is { } extra)
        {
            return Error.Invalid($"Bảng {extra} ({found[extra]} dòng) có trong cơ sở dữ liệu nhưng không có trong {BackupManifest.EntryName}.");
        }

        return true;
    }

    /// <summary>Declared sizes are checked against free space before anything is written (and bytes are counted on the way,
    /// so an archive that lies about a size cannot fill the disk).</summary>
    public static Result<bool> CheckSpace(string folder, long needed)
    {
        var existing = Path.GetFullPath(folder);
        while (!Directory.Exists(existing)) existing = Path.GetDirectoryName(existing)!;
        var free = new DriveInfo(existing).AvailableFreeSpace;
        return needed < free
            ? true
            : Error.Invalid($"Không đủ chỗ trống: bản sao lưu cần {needed / (1024 * 1024)} MB, ổ chứa {folder} còn {free / (1024 * 1024)} MB.");
    }

    public static IReadOnlyList<string> KnownMigrations(string provider)
    {
        if (provider == Sqlite) return SqliteStoreFile.KnownMigrations();
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        return db.Database.GetMigrations().ToList();
    }
}
