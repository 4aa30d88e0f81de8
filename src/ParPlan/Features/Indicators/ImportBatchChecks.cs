using System.Data.Common;
using System.Globalization;
using ParPlan.Features.Dossiers;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Indicators;

/// <summary>What the indicator computation asks of the import batches, with plain commands on its connection (no EF
/// query on the path after an import): the batches whose rows wait for a computation, clearing their flag, and whether
/// an import's counts still describe its stored rows.</summary>
internal static class ImportBatchChecks
{
    /// <summary>The batches whose rows no computation has read yet, with their versions.</summary>
    public static Task<List<(long Id, long Version)>> PendingAsync(DbConnection connection, CancellationToken ct) =>
        ListAsync(connection, "SELECT \"Id\", \"Version\" FROM \"ImportBatches\" WHERE \"IndicatorsPending\"", r => (r.GetInt64(0), r.GetInt64(1)), ct);

    public static async Task<bool> AnyPendingAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = Command(connection, null, "SELECT 1 FROM \"ImportBatches\" WHERE \"IndicatorsPending\" LIMIT 1");
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>Clears the flag of the batches a computation read, in one transaction, unless a batch changed since (another
    /// chunk of it committed: its version moved).</summary>
    public static async Task ClearPendingAsync(DbConnection connection, IReadOnlyList<(long Id, long Version)> pending, CancellationToken ct)
    {
        if (pending.Count == 0) return;
        await using var tx = await connection.BeginTransactionAsync(ct);
        foreach (var (id, version) in pending)
        {
            await using var command = Command(connection, tx, "UPDATE \"ImportBatches\" SET \"IndicatorsPending\" = FALSE WHERE \"Id\" = @id AND \"Version\" = @v",
                ("@id", id), ("@v", version));
            await command.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
    }

    /// <summary>The store's side of whether import <paramref name="batchId"/>'s counts describe its rows, in one query: it
    /// completed, no other import is running, none finished since it started (it could have overwritten rows this one had
    /// just written), and no officer completed an apology for a dossier it last wrote (the counts know the file's flags
    /// only). Instants compare as stored: UTC ticks on SQLite, timestamps on PostgreSQL.</summary>
    public static async Task<bool> CountsStillDescribeAsync(DbConnection connection, long batchId, CancellationToken ct)
    {
        await using var command = Command(connection, null, CountsStillDescribeSql,
            ("@b", batchId), ("@completed", ImportStatus.Completed.ToString()), ("@running", ImportStatus.Running.ToString()));
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>The query of <see cref="CountsStillDescribeAsync"/> (batch <c>@b</c>, status names <c>@completed</c>, <c>@running</c>).</summary>
    public const string CountsStillDescribeSql =
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM \"ImportBatches\" WHERE \"Id\" = @b AND \"Status\" = @completed) " +
        "AND NOT EXISTS (SELECT 1 FROM \"ImportBatches\" WHERE \"Id\" <> @b AND \"Status\" = @running) " +
        "AND NOT EXISTS (SELECT 1 FROM \"ImportBatches\" o WHERE o.\"Id\" <> @b AND o.\"FinishedAt\" >= (SELECT m.\"StartedAt\" FROM \"ImportBatches\" m WHERE m.\"Id\" = @b)) " +
        "AND NOT EXISTS (" + CompletedApologiesSql + ") THEN 1 ELSE 0 END";

    /// <summary>The completed apologies for dossiers last written by batch <c>@b</c>: from the apologies (few), each dossier
    /// looked up by its key. (As a join, SQLite read every stored dossier for it.)</summary>
    public const string CompletedApologiesSql =
        "SELECT 1 FROM \"LateDossierApologies\" a WHERE a.\"Complete\" AND EXISTS (SELECT 1 FROM \"Dossiers\" d WHERE d.\"Id\" = a.\"DossierId\" AND d.\"LastBatchId\" = @b)";
}
