using System.Data.Common;
using Npgsql;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>The PostgreSQL writer: a chunk's rows are encoded in the binary COPY format as they arrive
/// (<see cref="PostgresCopyRows"/>; their procedure numbers looked up meanwhile, since the connection is busy during a
/// COPY), then numbered from one block of keys reserved for the chunk (<see cref="ReserveKeysAsync"/>: the identity's
/// default costs the server a tenth of the COPY) and sent through the raw copy stream straight into <c>Dossiers</c>
/// inside a savepoint. When the unique index refuses that copy (a code already stored), the savepoint is rolled back
/// and the chunk goes the merge way: binary COPY into a temporary table dropped at commit, one grouped query noting
/// the years of the rows about to be replaced (<see cref="DossierWriter.Replaced"/>), and one <c>INSERT … SELECT … ON
/// CONFLICT (Source, Code) DO UPDATE</c> whose returned rows are counted in the server (an updated row keeps its key).</summary>
internal sealed class PostgresDossierWriter(NpgsqlConnection connection, long batchId, string source, DossierProcedureIds procedures) : DossierWriter
{
    /// <summary>The unique index whose refusal sends a chunk the merge way; any other refusal is an error.</summary>
    internal const string CodeIndex = "IX_Dossiers_Code_Source";

    /// <summary>The advisory lock that makes a reservation of keys one step for every import (see
    /// <see cref="ReserveKeysAsync"/>).</summary>
    private const long KeyLock = 0x50_50_44_6F_73_49_64; // "PPDosId"

    private static readonly string CopyColumns = "\"Id\", " + ColumnList;

    private readonly PostgresCopyRows rows = new(source, batchId);
    private DbTransaction? transaction;
    private bool copyFirst = true;

    /// <summary>In a first load (<see cref="PostgresFirstLoad"/>): rows are sent every this many, straight into the
    /// table without a savepoint, all in the load's one transaction; 0 otherwise.</summary>
    private int firstLoadEvery;

    public override void Begin(DbTransaction transaction) => this.transaction = transaction;

    /// <summary>Writes the whole import in <paramref name="transaction"/> (the importer makes it one chunk), sending the
    /// encoded rows every <paramref name="every"/> so the buffer stays a chunk's size.</summary>
    internal void LoadFirst(DbTransaction transaction, int every)
    {
        Begin(transaction);
        firstLoadEvery = every;
    }

    public override ValueTask AddAsync(DossierRecord record, CancellationToken ct)
    {
        rows.Add(record, procedures.IdOf(record, transaction));
        return firstLoadEvery > 0 && rows.Count >= firstLoadEvery ? FlushAsync(ct) : ValueTask.CompletedTask;
    }

    public override async ValueTask FlushAsync(CancellationToken ct)
    {
        if (rows.Count == 0) return;
        rows.Number(await ReserveKeysAsync(rows.Count, ct));

        // A first load: the table was empty and has no unique index now, nothing can refuse the copy.
        if (firstLoadEvery > 0)
        {
            await CopyAsync("\"Dossiers\"", ct);
            Counted(rows.Count, rows.Count);
            rows.Clear();
            return;
        }

        // New codes (a new month, a first import) go straight into Dossiers; a code already stored makes the unique
        // index refuse the copy, and the chunk is merged. After a chunk that updated rows the next one is merged at once
        // (a re-import would otherwise send every chunk twice); after one that only inserted, copying is tried again.
        if (copyFirst && await TryCopyNewAsync(ct))
        {
            Counted(rows.Count, rows.Count);
        }
        else
        {
            var (inserted, written) = await MergeAsync(ct);
            Counted(inserted, written);
            copyFirst = inserted == written;
        }

        rows.Clear();
    }

    /// <summary>Copies the chunk straight into Dossiers inside a savepoint; false (the savepoint rolled back) when the
    /// unique index refused a code that is already stored.</summary>
    private async Task<bool> TryCopyNewAsync(CancellationToken ct)
    {
        var tx = (NpgsqlTransaction)transaction!;
        await tx.SaveAsync("dossier_copy", ct);
        try
        {
            await CopyAsync("\"Dossiers\"", ct);
            await tx.ReleaseAsync("dossier_copy", ct);
            return true;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == CodeIndex)
        {
            await tx.RollbackAsync("dossier_copy", ct);
            return false;
        }
    }

    /// <summary>Reserves <paramref name="count"/> consecutive keys of the identity's sequence in one call and returns the
    /// first: the sequence moves past them at once, so EF's inserts and other imports draw keys after them. Reservations
    /// take turns on an advisory lock (held for this one call, not the chunk's transaction), since reading and moving the
    /// sequence are two steps. Like any use of a sequence, keys of a chunk rolled back are skipped, not reused.</summary>
    private async Task<long> ReserveKeysAsync(int count, CancellationToken ct)
    {
        await using var reserve = Command(
            "SELECT pg_advisory_lock(@lock); " +
            "SELECT setval(s::regclass, nextval(s::regclass) + @count - 1) FROM pg_get_serial_sequence('\"Dossiers\"', 'Id') s; " +
            "SELECT pg_advisory_unlock(@lock)", parameters: false);
        reserve.Parameters.AddWithValue("lock", KeyLock);
        reserve.Parameters.AddWithValue("count", (long)count);
        await using var reader = await reserve.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetInt64(0) - count + 1;
    }

    /// <summary>Sends the chunk's encoded rows (<see cref="PostgresCopyRows"/>) to <paramref name="table"/>.</summary>
    private async Task CopyAsync(string table, CancellationToken ct)
    {
        await using var copy = await connection.BeginRawBinaryCopyAsync($"COPY {table} ({CopyColumns}) FROM STDIN (FORMAT BINARY)", ct);
        await copy.WriteAsync(rows.Complete(), ct);
    }

    /// <summary>Rows some of which are stored already; returns how many were new and how many were written.</summary>
    private async Task<(long Inserted, long Written)> MergeAsync(CancellationToken ct)
    {
        await ExecuteAsync(Command("CREATE TEMP TABLE IF NOT EXISTS dossier_stage (\"Id\" bigint NOT NULL, \"Source\" varchar(100) COLLATE \"C\" NOT NULL, \"Code\" varchar(100) COLLATE \"C\" NOT NULL, " +
            "\"UnitCode\" varchar(100) NOT NULL, \"ProcedureId\" integer, \"ReceivedAt\" timestamptz NOT NULL, \"DueAt\" timestamptz NOT NULL, " +
            "\"FinishedAt\" timestamptz, \"Status\" integer NOT NULL, \"Channel\" integer NOT NULL, \"ServiceLevel\" integer, \"HasFees\" boolean, " +
            "\"PaidOnline\" boolean, \"DossierDigitised\" boolean, \"ResultDigitised\" boolean, \"DataReused\" boolean, \"Apologised\" boolean, " +
            "\"Rating\" integer, \"CreatedBatchId\" bigint NOT NULL, \"LastBatchId\" bigint NOT NULL) ON COMMIT DROP", parameters: false), ct);
        await CopyAsync("dossier_stage", ct);

        // The replaced versions' years, grouped in the server (local dates of Việt Nam, UTC+7).
        await using (var years = Command(
            "SELECT EXTRACT(YEAR FROM (d.\"ReceivedAt\" AT TIME ZONE 'UTC') + INTERVAL '7 hours')::int, " +
            "EXTRACT(YEAR FROM (d.\"FinishedAt\" AT TIME ZONE 'UTC') + INTERVAL '7 hours')::int " +
            "FROM \"Dossiers\" d JOIN dossier_stage s ON d.\"Source\" = @source AND d.\"Code\" = s.\"Code\" GROUP BY 1, 2"))
        {
            await using var reader = await years.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) Replaced.Add(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1));
        }

        var set = string.Join(", ", Columns.Where(c => c is not ("Source" or "Code" or "CreatedBatchId")).Select(c => $"\"{c}\" = excluded.\"{c}\""));
        await using var merge = Command(
            $"WITH up AS (INSERT INTO \"Dossiers\" ({CopyColumns}) SELECT {CopyColumns} FROM dossier_stage " +
            $"ON CONFLICT (\"Source\", \"Code\") DO UPDATE SET {set} RETURNING \"CreatedBatchId\") " +
            "SELECT count(*) FILTER (WHERE \"CreatedBatchId\" = @batch), count(*) FROM up");
        await using var counts = await merge.ExecuteReaderAsync(ct);
        await counts.ReadAsync(ct);
        return (counts.GetInt64(0), counts.GetInt64(1));
    }

    private static async Task ExecuteAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using (command)
        {
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private NpgsqlCommand Command(string sql, bool parameters = true)
    {
        var command = connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction?)transaction;
        command.CommandText = sql;
        if (!parameters) return command;
        command.Parameters.AddWithValue("source", source);
        command.Parameters.AddWithValue("batch", batchId);
        return command;
    }

    public override void Dispose() => rows.Clear();
}
