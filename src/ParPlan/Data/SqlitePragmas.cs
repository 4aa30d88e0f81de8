using System.Data.Common;
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

    private string SqlFor(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? ReadOnlySql : Sql;
}
