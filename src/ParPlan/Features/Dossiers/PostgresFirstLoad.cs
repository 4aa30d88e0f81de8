using System.Data.Common;
using Npgsql;

namespace ParPlan.Features.Dossiers;

/// <summary>The first load of a PostgreSQL store: when <c>Dossiers</c> holds no row and the file is large
/// (<see cref="DossierImportOptions.FirstLoadMinBytes"/>), the whole file goes in ONE transaction that locks the table,
/// drops its secondary indexes (every index of the table that backs no constraint: the unique (Source, Code) one and the
/// partial index of unfinished dossiers; the primary key stays, its keys arrive in order), copies every row, and
/// recreates each index from the definition the server gave before the drop (name, collation, uniqueness, partial
/// predicate and included columns as the migrations made them). Maintaining the two indexes row by row costs the server
/// more than a third of the COPY; building them once at the end costs a fraction of that.
/// <para>Trade-offs: the table is locked exclusively until the commit (on an empty store this only holds back reads of
/// an empty table; another import waits, then finds rows and takes the chunked path); a failure or a crash rolls
/// everything back, indexes included (DDL is transactional on PostgreSQL), so nothing is resumed by chunk: the batch is
/// marked failed and running the import again starts over from the first line. Duplicate codes never reach the
/// rebuild: the reader rejects a code already seen in the file, in this mode as in the chunked one.</para></summary>
internal sealed class PostgresFirstLoad : IAsyncDisposable
{
    private const string Table = "\"Dossiers\"";

    private readonly NpgsqlConnection connection;
    /// <summary>The indexes dropped for the load, as the server's <c>CREATE INDEX</c> statements.</summary>
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

        var tx = await postgres.BeginTransactionAsync(ct);
        try
        {
            // The lock makes the look final: a concurrent import waits here (or on its own look) until this one commits,
            // then finds rows and takes the chunked path.
            await ExecuteAsync(postgres, tx, $"LOCK TABLE {Table} IN ACCESS EXCLUSIVE MODE", ct);
            if (await AnyDossierAsync(postgres, tx, ct))
            {
                await tx.RollbackAsync(ct);
                await tx.DisposeAsync();
                return null;
            }

            var indexes = await SecondaryIndexesAsync(postgres, tx, ct);
            foreach (var (name, schema, _) in indexes) await ExecuteAsync(postgres, tx, $"DROP INDEX {Quote(schema)}.{Quote(name)}", ct);

            // The rebuild sorts in memory when it may (a million codes spill to disk at the server's default 64 MB); never lowered.
            await ExecuteAsync(postgres, tx,
                "SELECT set_config('maintenance_work_mem', '256MB', true) FROM pg_settings WHERE name = 'maintenance_work_mem' AND setting::bigint < 262144", ct);

            copier.LoadFirst(tx, Math.Max(1, options.ChunkSize));
            ImportTimings.Mark("lần nạp đầu: khoá bảng, bỏ chỉ mục phụ");
            return new PostgresFirstLoad(postgres, tx, indexes.Select(i => i.Definition).ToList());
        }
        catch
        {
            await tx.DisposeAsync();
            throw;
        }
    }

    /// <summary>Recreates the dropped indexes, before the transaction commits.</summary>
    public async Task RestoreIndexesAsync(CancellationToken ct)
    {
        ImportTimings.Mark("lần nạp đầu: chép các dòng (không chỉ mục phụ)");
        foreach (var definition in definitions) await ExecuteAsync(connection, Transaction, definition, ct);
        ImportTimings.Mark("lần nạp đầu: dựng lại chỉ mục");
    }

    /// <summary>The table's indexes that back no constraint (the primary key stays), with their definitions as
    /// <c>pg_indexes.indexdef</c> gives them.</summary>
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
