using System.Data.Common;
using System.Globalization;
using ParPlan.Data;
using ParPlan.Features.Audit;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Dossiers;

/// <summary>A command-line import's new batch, written with two plain commands in one transaction: the batch row and its
/// audit entry, the same entry <see cref="AuditInterceptor"/> writes for an added batch. In a fresh process EF's
/// <c>SaveChanges</c> (change tracking, the update pipeline, the interceptors) cost more to start than the rest of what
/// comes before the first row; no step of the import uses it (<see cref="DossierImporter"/>). Looking up a batch to continue
/// is one query of the same kind; continuing one is <see cref="ImportBatchRows.ContinueAsync"/>.</summary>
internal static class ImportBatchStart
{
    /// <summary>Adds a new running batch for the file, or, when an import of the same file (source and hash) for the same
    /// government was left unfinished, returns the newest such batch's id to continue instead.</summary>
    public static async Task<(ImportBatch? Added, long? Resume)> StartAsync(DbConnection connection, bool sqlite, ImportBatch added, AuditActorInfo who,
        DateTimeOffset now, CancellationToken ct)
    {
        if (await ResumableAsync(connection, sqlite, added.Source, added.FileHash, added.GovernmentId, ct) is { } resume) return (null, resume);
        await AddAsync(connection, sqlite, added, who, now, ct);
        return (added, null);
    }

    private static async Task<long?> ResumableAsync(DbConnection connection, bool sqlite, string source, string hash, Guid? government, CancellationToken ct)
    {
        await using var command = Command(connection, null,
            "SELECT \"Id\" FROM \"ImportBatches\" WHERE \"Source\" = @s AND \"FileHash\" = @h AND "
            + (government is null ? "\"GovernmentId\" IS NULL" : "\"GovernmentId\" = @g")
            + " AND \"Status\" <> 'Completed' AND \"Status\" <> 'Queued' ORDER BY \"Id\" DESC LIMIT 1",
            government is { } g ? [("@s", source), ("@h", hash), ("@g", Id(g, sqlite))] : [("@s", source), ("@h", hash)]);
        return await command.ExecuteScalarAsync(ct) is { } id and not DBNull ? Convert.ToInt64(id, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Inserts <paramref name="batch"/> (running, version 1) and its audit entry; sets its id.</summary>
    private static async Task AddAsync(DbConnection connection, bool sqlite, ImportBatch batch, AuditActorInfo who, DateTimeOffset now, CancellationToken ct)
    {
        batch.Status = ImportStatus.Running;
        batch.Version = Math.Max(batch.Version, 1);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var insert = Command(connection, tx,
            "INSERT INTO \"ImportBatches\" (\"Source\", \"FileName\", \"FileHash\", \"Status\", \"StartedAt\", \"LastCommittedLine\", \"RowsRead\", \"Imported\", "
            + "\"Updated\", \"Rejected\", \"BytesRead\", \"UserName\", \"GovernmentId\", \"IndicatorsPending\", \"Version\") "
            + "VALUES (@s, @f, @h, @st, @at, 0, 0, 0, 0, 0, 0, @u, @g, @p, @v) RETURNING \"Id\"",
            ("@s", batch.Source), ("@f", batch.FileName), ("@h", batch.FileHash), ("@st", batch.Status.ToString()), ("@at", Instant(batch.StartedAt, sqlite)),
            ("@u", batch.UserName), ("@g", batch.GovernmentId is { } g ? Id(g, sqlite) : DBNull.Value), ("@p", batch.IndicatorsPending), ("@v", batch.Version)))
        {
            batch.Id = Convert.ToInt64(await insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        await AuditRows.InsertAsync(connection, tx, sqlite, now, who, AuditInterceptor.EntityName(typeof(ImportBatch)),
            batch.Id.ToString(CultureInfo.InvariantCulture), AuditAction.Added, null, AddedJson(batch), ct);

        await tx.CommitAsync(ct);
    }

    /// <summary>What <see cref="AuditInterceptor"/> records for an added batch: every property with a value but the
    /// generated key, by name in ordinal order (as the interceptor's sorted map; listed in that order here, so the first
    /// import of a process builds no sorted collection).</summary>
    internal static string AddedJson(ImportBatch b)
    {
        var after = new List<KeyValuePair<string, object?>>(19);
        void add(string name, object? value, bool always = true)
        {
            if (always || value is not null) after.Add(new(name, value));
        }

        add(nameof(b.BytesRead), b.BytesRead);
        add(nameof(b.Error), b.Error, always: false);
        add(nameof(b.FileHash), b.FileHash);
        add(nameof(b.FileName), b.FileName);
        add(nameof(b.FinishedAt), b.FinishedAt, always: false);
        add(nameof(b.GovernmentId), b.GovernmentId, always: false);
        add(nameof(b.Imported), b.Imported);
        add(nameof(b.IndicatorsPending), b.IndicatorsPending);
        add(nameof(b.LastCommittedLine), b.LastCommittedLine);
        add(nameof(b.Rejected), b.Rejected);
        add(nameof(b.RowsRead), b.RowsRead);
        add(nameof(b.Source), b.Source);
        add(nameof(b.StagedPath), b.StagedPath, always: false);
        add(nameof(b.StartedAt), b.StartedAt);
        add(nameof(b.Status), b.Status);
        add(nameof(b.TotalBytes), b.TotalBytes, always: false);
        add(nameof(b.Updated), b.Updated);
        add(nameof(b.UserName), b.UserName);
        add(nameof(b.Version), b.Version);
        return ImportAuditJson.Properties(after);
    }
}
