using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Operations;

/// <summary>Checks that a file is a healthy ParPlan SQLite store before anything trusts it, and measures it.</summary>
public static class SqliteStoreFile
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    /// <summary>Tables a ParPlan store always has.</summary>
    public static readonly IReadOnlyList<string> RequiredTables = ["__EFMigrationsHistory", "AspNetUsers", "AspNetRoles", "Units", "UnitParents", "AuditEntries"];

    /// <summary>Validates <paramref name="path"/> (opened read-write: pass a private copy): the header, integrity_check, the
    /// ParPlan tables and a migrations history this build knows. Returns what it holds, or a Vietnamese reason.</summary>
    public static async Task<Result<StoreFacts>> ValidateAsync(string path, CancellationToken ct = default)
    {
        var header = new byte[Header.Length];
        await using (var stream = File.OpenRead(path))
        {
            if (await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct) < header.Length || !header.AsSpan().SequenceEqual(Header))
            {
                return Error.Invalid("Tệp không phải là cơ sở dữ liệu SQLite (sai phần đầu tệp).");
            }
        }

        try
        {
            await using var connection = Open(path);
            await connection.OpenAsync(ct);
            var integrity = await ScalarAsync(connection, "PRAGMA integrity_check", ct);
            if (!string.Equals(integrity, "ok", StringComparison.Ordinal))
            {
                return Error.Invalid($"Cơ sở dữ liệu trong bản sao lưu bị hỏng (integrity_check: {integrity}).");
            }

            foreach (var table in RequiredTables)
            {
                if (await ScalarAsync(connection, $"SELECT name FROM sqlite_master WHERE type='table' AND name='{table}'", ct) is null)
                {
                    return Error.Invalid($"Tệp không phải là bản sao lưu ParPlan (thiếu bảng {table}).");
                }
            }

            var facts = await FactsAsync(connection, ct);
            var applied = facts.Migrations;
            var known = KnownMigrations();
            if (applied.Count == 0 || !applied.Contains(known[0]))
            {
                return Error.Invalid("Tệp không phải là bản sao lưu ParPlan (không có lịch sử cập nhật cấu trúc).");
            }

            if (applied.FirstOrDefault(m => !known.Contains(m)) is { } unknown)
            {
                return Error.Invalid($"Bản sao lưu được tạo bởi phiên bản ParPlan mới hơn (cập nhật cấu trúc {unknown}); hãy nâng cấp ParPlan trước.");
            }

            return facts;
        }
        catch (SqliteException ex)
        {
            return Error.Invalid($"Cơ sở dữ liệu trong bản sao lưu bị hỏng hoặc không đọc được ({ex.Message}).");
        }
    }

    /// <summary>The migrations, row counts and evidence files of a store file that is already trusted (a fresh backup copy).</summary>
    public static async Task<StoreFacts> MeasureAsync(string path, CancellationToken ct = default)
    {
        await using var connection = Open(path);
        await connection.OpenAsync(ct);
        return await FactsAsync(connection, ct);
    }

    /// <summary>Puts a checked copy in the journal mode of a live store (WAL), so it is served exactly like one.</summary>
    public static async Task UseWalAsync(string path, CancellationToken ct = default)
    {
        await using var connection = Open(path);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL";
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The SQLite migrations this build knows, oldest first.</summary>
    public static IReadOnlyList<string> KnownMigrations()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        return db.Database.GetMigrations().ToList();
    }

    private static SqliteConnection Open(string path) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());

    /// <summary>Every table but SQLite's own.</summary>
    private static Task<StoreFacts> FactsAsync(SqliteConnection connection, CancellationToken ct) =>
        StoreFacts.ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", "", ct);

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct) is { } value and not DBNull
            ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }
}
