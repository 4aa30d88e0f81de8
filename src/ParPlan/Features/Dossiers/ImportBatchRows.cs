using System.Data.Common;
using System.Globalization;
using ParPlan.Features.Audit;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Dossiers;

/// <summary>The import's batch after it started, as plain commands on the import's connection: continuing a batch (with
/// the audit entry <see cref="AuditInterceptor"/> writes for the same change), marking it failed (as before, an update
/// without an audit entry: the failure is the batch's own state), and reading its result.</summary>
internal static class ImportBatchRows
{
    private const string Columns = "\"Id\", \"Source\", \"FileName\", \"FileHash\", \"Status\", \"Error\", \"LastCommittedLine\", \"RowsRead\", "
        + "\"Imported\", \"Updated\", \"Rejected\", \"Version\", \"GovernmentId\", \"UserName\"";

    /// <summary>The batch's counters and identity (not its instants, sizes or staged path, which the import does not read).</summary>
    public static async Task<ImportBatch> ReadAsync(DbConnection connection, long id, CancellationToken ct)
    {
        var rows = await ListAsync(connection, $"SELECT {Columns} FROM \"ImportBatches\" WHERE \"Id\" = @id", r => new ImportBatch
        {
            Id = r.GetInt64(0), Source = r.GetString(1), FileName = r.GetString(2), FileHash = r.GetString(3),
            Status = Enum.Parse<ImportStatus>(r.GetString(4)), Error = r.IsDBNull(5) ? null : r.GetString(5), LastCommittedLine = r.GetInt64(6),
            RowsRead = r.GetInt64(7), Imported = r.GetInt64(8), Updated = r.GetInt64(9), Rejected = r.GetInt64(10), Version = r.GetInt64(11),
            GovernmentId = r.IsDBNull(12) ? null : r.GetGuid(12), UserName = r.GetString(13),
        }, ct, ("@id", id));
        return rows.Count == 1 ? rows[0] : throw new InvalidOperationException($"Import batch {id} does not exist.");
    }

    /// <summary>Continues batch <paramref name="id"/> with the file of <paramref name="hash"/>: running again, its error cleared,
    /// its version bumped, audited in the same transaction. Returns the batch as it now stands.</summary>
    public static async Task<ImportBatch> ContinueAsync(DbConnection connection, bool sqlite, long id, string hash, AuditActorInfo who, DateTimeOffset now, CancellationToken ct)
    {
        var batch = await ReadAsync(connection, id, ct);
        var before = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        void changed(string name, object? from, object? to)
        {
            if (Equals(from, to)) return;
            before[name] = from;
            after[name] = to;
        }

        changed(nameof(batch.FileHash), batch.FileHash, hash);
        changed(nameof(batch.Status), batch.Status, ImportStatus.Running);
        changed(nameof(batch.Error), batch.Error, null);
        if (after.Count == 0) return batch;
        changed(nameof(batch.Version), batch.Version, batch.Version + 1);
        (batch.FileHash, batch.Status, batch.Error, batch.Version) = (hash, ImportStatus.Running, null, batch.Version + 1);

        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var update = Command(connection, tx,
            "UPDATE \"ImportBatches\" SET \"FileHash\" = @h, \"Status\" = @s, \"Error\" = NULL, \"Version\" = @v WHERE \"Id\" = @id",
            ("@h", hash), ("@s", nameof(ImportStatus.Running)), ("@v", batch.Version), ("@id", id)))
        {
            await update.ExecuteNonQueryAsync(ct);
        }

        await AuditRows.InsertAsync(connection, tx, sqlite, now, who, AuditInterceptor.EntityName(typeof(ImportBatch)),
            id.ToString(CultureInfo.InvariantCulture), AuditAction.Modified, ImportAuditJson.Properties(before), ImportAuditJson.Properties(after), ct);

        await tx.CommitAsync(ct);
        return batch;
    }

    /// <summary>Marks the batch failed with <paramref name="error"/> (cut to what the column holds).</summary>
    public static async Task MarkFailedAsync(DbConnection connection, long id, string error, CancellationToken ct)
    {
        await using var update = Command(connection, null, "UPDATE \"ImportBatches\" SET \"Status\" = @s, \"Error\" = @e WHERE \"Id\" = @id",
            ("@s", nameof(ImportStatus.Failed)), ("@e", error.Length > 1900 ? error[..1900] : error), ("@id", id));
        await update.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The first <paramref name="limit"/> rejected rows of the batch, by line.</summary>
    public static Task<List<RejectedRow>> RejectionsAsync(DbConnection connection, long id, int limit, CancellationToken ct) =>
        ListAsync(connection, $"SELECT \"Line\", \"Reason\" FROM \"ImportRejections\" WHERE \"BatchId\" = @id ORDER BY \"Line\" LIMIT {limit}",
            r => new RejectedRow(r.GetInt64(0), r.GetString(1)), ct, ("@id", id));
}
