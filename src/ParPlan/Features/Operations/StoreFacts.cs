using System.Data.Common;

namespace ParPlan.Features.Operations;

/// <summary>What a store holds, as a backup records and a restore checks it: its applied migrations and the rows of each
/// table; <see cref="EvidenceFiles"/> lists the files its evidence rows point to (relative to <c>evidence/</c>).</summary>
public sealed record StoreFacts(IReadOnlyList<string> Migrations, IReadOnlyDictionary<string, long> Tables)
{
    public const string EvidenceFilesSql = "SELECT \"StoredPath\" FROM \"Evidence\" WHERE \"StoredPath\" IS NOT NULL";

    public IReadOnlyList<string> EvidenceFiles { get; init; } = [];

    /// <summary>Reads the facts through <paramref name="connection"/> (SQLite or PostgreSQL): the tables that
    /// <paramref name="listTablesSql"/> names, their rows, the migrations history and the evidence rows' files.</summary>
    /// <param name="schema">The prefix of a table name in SQL: "" for SQLite, <c>public.</c> for PostgreSQL.</param>
    public static async Task<StoreFacts> ReadAsync(DbConnection connection, string listTablesSql, string schema, CancellationToken ct)
    {
        var tables = await ColumnAsync(connection, listTablesSql, ct);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {schema}\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        var migrations = tables.Contains("__EFMigrationsHistory")
            ? await ColumnAsync(connection, $"SELECT \"MigrationId\" FROM {schema}\"__EFMigrationsHistory\" ORDER BY \"MigrationId\"", ct)
            : [];
        var files = tables.Contains("Evidence") ? await ColumnAsync(connection, EvidenceFilesSql, ct) : [];
        return new StoreFacts(migrations, counts) { EvidenceFiles = files };
    }

    private static async Task<List<string>> ColumnAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        var values = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>The evidence files the rows point to that are not among <paramref name="parts"/>.</summary>
    public IReadOnlyList<string> MissingEvidence(IEnumerable<BackupPart> parts)
    {
        var archived = parts.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        return EvidenceFiles.Select(f => BackupManifest.EvidenceFolder + "/" + f.Replace('\\', '/'))
            .Where(f => !archived.Contains(f)).ToList();
    }
}
