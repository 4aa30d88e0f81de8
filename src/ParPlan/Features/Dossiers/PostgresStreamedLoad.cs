using Npgsql;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>The rows of a first load (<see cref="PostgresFirstLoad"/>) sent as ONE binary COPY into <c>Dossiers</c>,
/// streamed a few hundred kilobytes at a time: the client encodes the next rows while the server stores the previous
/// ones, instead of the two taking turns at every chunk's end. The keys are numbered by the client from one value of
/// the identity's sequence drawn at the start; the sequence is moved past the last key before the indexes are rebuilt.
/// The transaction holds the key reservations' advisory lock (<see cref="PostgresDossierWriter"/>) until it ends, so no
/// import draws keys meanwhile (an import that reserved keys before waits on the table's lock and drew them before
/// this load's first key).
/// <para>A procedure the store has no number for yet needs the connection, which the COPY holds: such rows wait aside
/// (at most <see cref="HeldMax"/>, or the import's chunk size when smaller), then the COPY ends, their procedures are inserted, and a new COPY carries them and
/// the rows after them. A file's procedures mostly appear in its first rows: a few COPY statements for a whole file.</para></summary>
internal sealed class PostgresStreamedLoad(NpgsqlConnection connection, NpgsqlTransaction transaction, DossierProcedureIds procedures, PostgresCopyRows rows,
    string copyCommand, long keyLock, int every)
{
    /// <summary>Encoded rows are sent when they reach this size (or <c>every</c> rows).</summary>
    private const int SendBytes = 256 * 1024;

    /// <summary>Rows waiting for a procedure number before the COPY is ended to insert their procedures.</summary>
    internal const int HeldMax = 4096;

    private const string Sequence = "pg_get_serial_sequence('\"Dossiers\"', 'Id')";

    private readonly List<DossierRecord> held = [];
    private NpgsqlRawCopyStream? copy;
    private long firstKey;
    private long nextKey;

    /// <summary>Rows encoded so far (sent or about to be).</summary>
    public long Rows => nextKey - firstKey + rows.Count;

    /// <summary>Takes the key lock for the transaction, draws the first key and reads the store's procedures.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock(@lock); SELECT nextval({Sequence})", connection, transaction);
        command.Parameters.AddWithValue("lock", keyLock);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            firstKey = nextKey = reader.GetInt64(0);
        }

        procedures.Preload(transaction);
        rows.Clear(header: false);
    }

    public async ValueTask AddAsync(DossierRecord record, CancellationToken ct)
    {
        if (!procedures.TryKnown(record, out var procedure))
        {
            held.Add(record);
            if (held.Count >= Math.Min(HeldMax, every)) await ResolveHeldAsync(ct);
            return;
        }

        rows.Add(record, procedure);
        if (rows.Count >= every || rows.Length >= SendBytes) await SendAsync(ct);
    }

    /// <summary>Sends what is left, ends the COPY and moves the sequence past the last key; returns the rows copied.</summary>
    public async Task<long> FinishAsync(CancellationToken ct)
    {
        if (held.Count > 0) await ResolveHeldAsync(ct);
        await SendAsync(ct);
        await EndCopyAsync(ct);

        // With no row, the sequence gives the drawn key again.
        await using var command = new NpgsqlCommand($"SELECT setval({Sequence}, @last, @called)", connection, transaction);
        var any = nextKey > firstKey;
        command.Parameters.AddWithValue("last", any ? nextKey - 1 : firstKey);
        command.Parameters.AddWithValue("called", any);
        await command.ExecuteNonQueryAsync(ct);
        return nextKey - firstKey;
    }

    /// <summary>Abandons an open COPY (the load failed) so that the transaction can be rolled back.</summary>
    public async Task AbortAsync()
    {
        if (copy is null) return;
        try
        {
            await copy.CancelAsync();
        }
        catch (Exception)
        {
            // The connection may be broken already (the failure itself); the rollback or the pool deals with it.
        }

        copy = null;
    }

    private async ValueTask SendAsync(CancellationToken ct)
    {
        if (rows.Count == 0) return;
        rows.Number(nextKey);
        nextKey += rows.Count;
        if (copy is null)
        {
            copy = await connection.BeginRawBinaryCopyAsync(copyCommand, ct);
            await copy.WriteAsync(PostgresCopyRows.Header, ct);
        }

        await copy.WriteAsync(rows.Pending, ct);
        await copy.FlushAsync(ct); // the server stores these while the next ones are encoded
        rows.Clear(header: false);
    }

    private async Task EndCopyAsync(CancellationToken ct)
    {
        if (copy is null) return;
        await copy.WriteAsync(PostgresCopyRows.Trailer, ct);
        await copy.DisposeAsync();
        copy = null;
    }

    /// <summary>Ends the COPY, numbers the held rows' procedures (inserting the new ones) and encodes them; a new COPY
    /// carries them.</summary>
    private async Task ResolveHeldAsync(CancellationToken ct)
    {
        await SendAsync(ct);
        await EndCopyAsync(ct);
        foreach (var record in held) rows.Add(record, procedures.IdOf(record, transaction));
        held.Clear();
    }
}
