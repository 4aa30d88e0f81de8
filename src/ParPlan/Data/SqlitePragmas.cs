using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ParPlan.Data;

/// <summary>Sets WAL journal mode and the busy timeout on every SQLite connection ParPlan opens, so the web app,
/// a running backup and CLI verbs can share the file. A new store gets 16 KiB pages (SQLite ignores the setting once
/// the file has content, and it must come before WAL mode, which writes the header): a million-dossier import writes
/// and checkpoints a third less than with the 4 KiB default, and the app's small updates do not notice.
/// A read-only connection (EF opens one to ask whether the store exists before migrating) gets only the busy timeout
/// and foreign keys: switching a store that is still in rollback-journal mode to WAL writes its header, which a
/// read-only connection cannot do ("attempt to write a readonly database"), so such a store could never be opened.
/// EF's connections get them through <see cref="SqlitePragmaInterceptor"/>; this class itself does not touch EF Core, so
/// a plain connection (<see cref="StoreConnections"/>) loads none of it.</summary>
public sealed class SqlitePragmas(int busyTimeoutMs)
{
    public const int NewStorePageSize = 16384;

    public string Sql => $"PRAGMA page_size={NewStorePageSize}; PRAGMA journal_mode=WAL; {ReadOnlySql}";

    public string ReadOnlySql => $"PRAGMA busy_timeout={busyTimeoutMs}; PRAGMA foreign_keys=ON;";

    /// <summary>Sets the pragmas on an open connection, synchronously (EF's synchronous open).</summary>
    public void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SqlFor(connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Sets the pragmas on an open connection: what EF's connections get, for the plain ones of
    /// <see cref="StoreConnections"/>.</summary>
    public async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SqlFor(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The settings of a connection that writes an import's rows: NORMAL synchronous (in WAL mode every commit
    /// survives a crash of the process; a power cut can lose the last commits, never the store, and an import continues
    /// from its last commit that is still there) and a 16 MiB page cache (the pages a chunk dirties plus the index path
    /// being appended to; a file's codes mostly arrive in order, and evicted pages stay in the operating system's cache, so
    /// a million rows' import stays about 60 MB smaller than with 64 MiB). Disposing the result puts the connection's own
    /// synchronous level back, so the pooled connection's next user (a web request) commits as durably as before. The page
    /// cache stays: it is memory, not durability (at most 16 MiB for that pooled connection), and the computation that
    /// follows an import on the same pooled connection writes its values through it (with SQLite's 2 MiB default the
    /// month's 68,000 values spilled pages mid-transaction and took a fifth longer).</summary>
    public static async Task<IAsyncDisposable> ForImportAsync(SqliteConnection connection, CancellationToken ct)
    {
        var restore = await NormalSynchronousAsync(connection, ct);
        await SetAsync(connection, "PRAGMA cache_size = -16384;", ct);
        return restore;
    }

    /// <summary>NORMAL synchronous on <paramref name="connection"/> until the result is disposed, which puts the
    /// connection's own level back (for the import, <see cref="ForImportAsync"/>, and the computation of derived values).</summary>
    public static async Task<IAsyncDisposable> NormalSynchronousAsync(SqliteConnection connection, CancellationToken ct)
    {
        long previous;
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "PRAGMA synchronous";
            previous = Convert.ToInt64(await read.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        await SetAsync(connection, "PRAGMA synchronous = NORMAL;", ct);
        return new Restore(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous = {previous};"));
    }

    private static async Task SetAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private sealed class Restore(SqliteConnection connection, string sql) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection.State == System.Data.ConnectionState.Open) await SetAsync(connection, sql, CancellationToken.None);
        }
    }

    private string SqlFor(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? ReadOnlySql : Sql;
}
