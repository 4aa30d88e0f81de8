using System.Data.Common;
using System.Globalization;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Indicators;

/// <summary>Reads and writes the kept counts (<see cref="DossierYearCounts"/>) with plain commands on the computation's
/// connection, and says whether they still describe the store: they must have been taken after the last import before
/// this one (no batch created since), with the same recorded apologies, at or before the current instant, and every
/// year's counts must have been keepable.</summary>
internal static class DossierYearCountsStore
{
    /// <summary>The row of this year holds no counts, only the stamp (batch, apologies, instant) of every year's row: a
    /// computation writes it alone instead of rewriting the counts of the years it did not compute (megabytes a year).
    /// A store without it (kept by an earlier build) is read with each row's own stamp.</summary>
    internal const int StampYear = 0;

    /// <summary>The recorded apologies, summarised: how many, how many complete, and the sum of their versions (every
    /// change of one raises its version).</summary>
    public static async Task<string> ApologyStampAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COALESCE(SUM(CASE WHEN \"Complete\" THEN 1 ELSE 0 END), 0), COALESCE(SUM(\"Version\"), 0) FROM \"LateDossierApologies\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return string.Join(':', Enumerable.Range(0, 3).Select(i => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture)));
    }

    /// <summary>The highest import batch other than <paramref name="except"/> (0 when none).</summary>
    public static async Task<long> MaxBatchAsync(DbConnection connection, long? except, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(\"Id\") FROM \"ImportBatches\"" + (except is null ? "" : " WHERE \"Id\" <> @b");
        if (except is { } b) Add(command, "@b", b);
        return await command.ExecuteScalarAsync(ct) is { } v and not DBNull ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The kept counts by year when they describe the store as it was before import <paramref name="batchId"/>
    /// (none kept and no dossier of another import: an empty store); null when they do not.</summary>
    public static async Task<Dictionary<int, DossierYearCounts>?> BeforeImportAsync(DbConnection connection, long batchId, string apologies, DateTimeOffset now, CancellationToken ct)
    {
        var rows = new List<DossierYearCounts>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"Year\", \"Counts\", \"Dossiers\", \"HasOwn\", \"BatchId\", \"Apologies\", \"AsOfTicks\" FROM \"DossierYearCounts\"";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new DossierYearCounts
                {
                    Year = reader.GetInt32(0), Counts = reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1), Dossiers = reader.GetInt64(2),
                    HasOwn = reader.GetBoolean(3), BatchId = reader.GetInt64(4), Apologies = reader.GetString(5), AsOfTicks = reader.GetInt64(6),
                });
            }
        }

        var before = await MaxBatchAsync(connection, batchId, ct);
        var stamp = rows.Find(r => r.Year == StampYear);
        rows.RemoveAll(r => r.Year == StampYear);
        if (rows.Count == 0)
        {
            // An empty store before this import: no other import was ever started (only imports write dossiers, and
            // each row names the import that last wrote it) and the first stored row is one this import created, both
            // through keys; otherwise "any dossier of another import", which reads the table up to the first such row
            // (all of it after the first import of a million rows into an empty store: two tenths of a second).
            await using var other = connection.CreateCommand();
            other.CommandText = before == 0
                ? "SELECT 1 FROM \"Dossiers\" WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"Dossiers\") AND (\"CreatedBatchId\" <> @b OR \"LastBatchId\" <> @b)"
                : "SELECT 1 FROM \"Dossiers\" WHERE \"LastBatchId\" <> @b LIMIT 1";
            Add(other, "@b", batchId);
            return await other.ExecuteScalarAsync(ct) is null ? [] : null;
        }

        return rows.All(r => r.Counts is not null && (stamp ?? r) is var t && t.BatchId == before && t.Apologies == apologies && t.AsOfTicks <= now.UtcTicks)
            ? rows.ToDictionary(r => r.Year)
            : null;
    }

    /// <summary>In one transaction: stores the counts of the computed years, keeps those of the other years of
    /// <paramref name="range"/> under the new stamp (the import did not move them; the stamp's own row,
    /// <see cref="StampYear"/>, is the only one rewritten for them), and removes the years outside it;
    /// <paramref name="all"/>: the computed years are every year, the other rows go.</summary>
    public static async Task SaveAsync(DbConnection connection, IReadOnlyCollection<DossierYearCounts> computed, (int First, int Last)? range, bool all,
        long batchId, string apologies, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(all || range is null ? "DELETE FROM \"DossierYearCounts\"" : "DELETE FROM \"DossierYearCounts\" WHERE (\"Year\" < @f OR \"Year\" > @l) AND \"Year\" <> @s",
            c => { if (!all && range is { } g) { Add(c, "@f", g.First); Add(c, "@l", g.Last); Add(c, "@s", StampYear); } });
        foreach (var row in computed.Where(r => range is { } g && r.Year >= g.First && r.Year <= g.Last))
        {
            await WriteAsync(row.Year, row.Counts, row.Dossiers, row.HasOwn);
        }

        // The stamp of every kept year, in a row of its own.
        await WriteAsync(StampYear, null, 0, false);
        await tx.CommitAsync(ct);

        async Task WriteAsync(int year, byte[]? counts, long dossiers, bool hasOwn)
        {
            await ExecuteAsync("DELETE FROM \"DossierYearCounts\" WHERE \"Year\" = @y", c => Add(c, "@y", year));
            await ExecuteAsync("INSERT INTO \"DossierYearCounts\" (\"Year\", \"Counts\", \"Dossiers\", \"HasOwn\", \"BatchId\", \"Apologies\", \"AsOfTicks\") " +
                "VALUES (@y, @c, @d, @h, @b, @a, @t)", c =>
                {
                    Add(c, "@y", year);
                    Add(c, "@c", (object?)counts ?? DBNull.Value).DbType = System.Data.DbType.Binary;
                    Add(c, "@d", dossiers);
                    Add(c, "@h", hasOwn);
                    Add(c, "@b", batchId);
                    Add(c, "@a", apologies);
                    Add(c, "@t", now.UtcTicks);
                });
        }

        async Task ExecuteAsync(string sql, Action<DbCommand> bind)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            bind(command);
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
