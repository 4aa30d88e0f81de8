using System.Data.Common;
using Npgsql;

namespace ParPlan.Features.Dossiers;

/// <summary>The first load of a PostgreSQL store: when <c>Dossiers</c> holds no row and the file is large
/// (<see cref="DossierImportOptions.FirstLoadMinBytes"/>), the whole file goes in ONE transaction that locks the table,
/// drops everything the server would otherwise maintain or check row by row (the foreign keys of other tables that refer
/// to it, its primary key, then every other index: the unique (Code, Source) one and the partial index of unfinished
/// dossiers), copies every row, and recreates each from the definition the server gave before the drop (name,
/// collation, uniqueness, partial predicate, included columns and referential actions as the migrations made them): the
/// keys, then the indexes, then the foreign keys, each checked in one pass. Maintaining the indexes row by row costs
/// the server more than a third of the COPY; building them once at the end costs a fraction of that.
/// <para>Trade-offs: the table is locked exclusively until the commit (on an empty store this only holds back reads of
/// an empty table; another import waits, then finds rows and takes the chunked path), and so is a table whose foreign
/// key refers to it (<c>LateDossierApologies</c>, necessarily empty while no dossier is stored); a failure or a crash
/// rolls everything back, constraints and indexes included (DDL is transactional on PostgreSQL), so nothing is resumed
/// by chunk: the batch is marked failed and running the import again starts over from the first line. Duplicate codes
/// never reach the rebuild: the reader rejects a code already seen in the file, in this mode as in the chunked one, and
/// the keys are drawn from the sequence as in the chunked path.</para></summary>
internal sealed class PostgresFirstLoad : IAsyncDisposable
{
    private const string Table = "\"Dossiers\"";

    private readonly NpgsqlConnection connection;
    /// <summary>What was dropped for the load, as the statements that recreate it, in the order they run.</summary>
    private readonly List<string> definitions;

    private PostgresFirstLoad(NpgsqlConnection connection, NpgsqlTransaction transaction, List<string> definitions)
    {
        this.connection = connection;
        Transaction = transaction;
        this.definitions = definitions;
    }

    /// <summary>The one transaction of the load: every row, the batch's counters and the rebuilt indexes commit together.</summary>
    public NpgsqlTransaction Transaction { get; }

    /// <summary>Starts a first load and hands its transaction to <paramref name="writer"/>; null (nothing started) for
    /// SQLite, a continued import, a file under the threshold or of unknown length, or a table holding a row.</summary>
    public static async Task<PostgresFirstLoad?> TryStartAsync(DbConnection connection, DossierWriter writer, bool continued, long? fileBytes,
        DossierImportOptions options, CancellationToken ct)
    {
        if (connection is not NpgsqlConnection postgres || writer is not PostgresDossierWriter copier || continued) return null;
        if (fileBytes is not { } bytes || bytes < options.FirstLoadMinBytes) return null;

        // A cheap look first: a store holding dossiers (every import after the first) takes no lock at all.
        if (await AnyDossierAsync(postgres, null, ct)) return null;

        // The lock makes the look final: a concurrent import waits there (or on its own look) until this one commits,
        // then finds rows and takes the chunked path.
        var tx = await LockAsync(postgres, ct);
        try
        {
            if (await AnyDossierAsync(postgres, tx, ct))
            {
                await tx.RollbackAsync(ct);
                await tx.DisposeAsync();
                return null;
            }

            // Foreign keys that refer to Dossiers go first (they depend on its primary key), then its own keys, then the other indexes.
            var constraints = await ConstraintsAsync(postgres, tx, ct);
            foreach (var c in constraints) await ExecuteAsync(postgres, tx, $"ALTER TABLE {c.Table} DROP CONSTRAINT {Quote(c.Name)}", ct);
            var indexes = await SecondaryIndexesAsync(postgres, tx, ct);
            foreach (var (name, schema, _) in indexes) await ExecuteAsync(postgres, tx, $"DROP INDEX {Quote(schema)}.{Quote(name)}", ct);

            // The rebuild sorts in memory when it may (a million codes spill to disk at the server's default 64 MB); never lowered.
            await ExecuteAsync(postgres, tx,
                "SELECT set_config('maintenance_work_mem', '256MB', true) FROM pg_settings WHERE name = 'maintenance_work_mem' AND setting::bigint < 262144", ct);

            copier.LoadFirst(tx, Math.Max(1, options.ChunkSize));
            ImportTimings.Mark("lần nạp đầu: khoá bảng, bỏ khoá và chỉ mục");
            // Rebuilt keys first (a foreign key needs the key it refers to), then the indexes, then the foreign keys, each
            // checked in one pass over its table as it is added back instead of row by row.
            var rebuild = constraints.Where(c => !c.Foreign).Select(c => c.AddStatement)
                .Concat(indexes.Select(i => i.Definition))
                .Concat(constraints.Where(c => c.Foreign).Select(c => c.AddStatement)).ToList();
            return new PostgresFirstLoad(postgres, tx, rebuild);
        }
        catch
        {
            await tx.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens the load's transaction holding <c>Dossiers</c> and every table whose foreign key refers to it, all
    /// locked exclusively in one statement before anything is changed. A query that holds one of them and waits for the
    /// other (dossiers joined with their apologies) can only meet the load in that statement; if the server ends the
    /// load's side of such a deadlock, nothing was done yet and the lock is simply asked again.</summary>
    private static async Task<NpgsqlTransaction> LockAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var tx = await connection.BeginTransactionAsync(ct);
            try
            {
                var tables = new List<string> { Table };
                await using (var command = new NpgsqlCommand("SELECT DISTINCT conrelid::regclass::text FROM pg_constraint " +
                    $"WHERE confrelid = '{Table}'::regclass AND conrelid <> confrelid AND contype = 'f' ORDER BY 1", connection, tx))
                await using (var reader = await command.ExecuteReaderAsync(ct))
                {
                    while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
                }

                await ExecuteAsync(connection, tx, $"LOCK TABLE {string.Join(", ", tables)} IN ACCESS EXCLUSIVE MODE", ct);
                return tx;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                await tx.DisposeAsync();
            }
            catch
            {
                await tx.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Recreates the dropped keys, indexes and foreign keys, before the transaction commits.</summary>
    public async Task RestoreIndexesAsync(CancellationToken ct)
    {
        ImportTimings.Mark("lần nạp đầu: chép các dòng (không khoá, không chỉ mục)");
        foreach (var definition in definitions) await ExecuteAsync(connection, Transaction, definition, ct);
        ImportTimings.Mark("lần nạp đầu: dựng lại khoá và chỉ mục");
    }

    /// <summary>A constraint dropped for the load: its table (as <c>regclass</c> prints it, quoted and schema-qualified
    /// when needed), name and definition as <c>pg_get_constraintdef</c> gives it.</summary>
    private sealed record Constraint(string Table, string Name, string Definition, bool Foreign)
    {
        public string AddStatement => $"ALTER TABLE {Table} ADD CONSTRAINT {Quote(Name)} {Definition}";
    }

    /// <summary>The foreign keys of other tables that refer to Dossiers, then Dossiers' own keys and foreign keys (every
    /// constraint that is checked through an index or against another table; NOT NULL and CHECK stay): the order they
    /// can be dropped in.</summary>
    private static async Task<List<Constraint>> ConstraintsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype = 'f' FROM pg_constraint c " +
            $"WHERE (c.confrelid = '{Table}'::regclass AND c.conrelid <> '{Table}'::regclass AND c.contype = 'f') " +
            $"OR (c.conrelid = '{Table}'::regclass AND c.contype IN ('p', 'u', 'f', 'x')) " +
            $"ORDER BY c.conrelid = '{Table}'::regclass, c.contype = 'f' DESC, c.conname", connection, tx);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var constraints = new List<Constraint>();
        while (await reader.ReadAsync(ct)) constraints.Add(new Constraint(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
        return constraints;
    }

    /// <summary>The table's indexes that back no constraint (a key's index goes and comes back with its constraint), with
    /// their definitions as <c>pg_indexes.indexdef</c> gives them.</summary>
    private static async Task<List<(string Name, string Schema, string Definition)>> SecondaryIndexesAsync(NpgsqlConnection connection, NpgsqlTransaction tx,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT i.indexname, i.schemaname, i.indexdef FROM pg_indexes i " +
            $"WHERE format('%I.%I', i.schemaname, i.tablename)::regclass = '{Table}'::regclass " +
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass) " +
            "ORDER BY i.indexname", connection, tx);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var indexes = new List<(string, string, string)>();
        while (await reader.ReadAsync(ct)) indexes.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return indexes;
    }

    private static async Task<bool> AnyDossierAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {Table})", connection, tx);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Rolls the load back unless it committed.</summary>
    public ValueTask DisposeAsync() => Transaction.DisposeAsync();
}

/// <summary>A first load (<see cref="PostgresFirstLoad"/>) that failed: nothing of it was stored.</summary>
public sealed class PostgresFirstLoadException(Exception inner) : Exception(
    "Lần nhập đầu tiên vào kho chưa có hồ sơ không hoàn tất nên chưa lưu hồ sơ nào (cả tệp được ghi trong một giao dịch). " +
    "Hãy chạy lại lệnh nhập hoặc tải tệp lên lại: lần nhập sẽ bắt đầu lại từ dòng đầu.", inner);
