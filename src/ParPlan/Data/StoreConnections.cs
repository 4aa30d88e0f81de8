using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ParPlan.Data;

/// <summary>Open connections to the configured store without building EF Core: the same connection string (and so the
/// same connection pool) as <see cref="AppDbContext"/>'s, and on SQLite the same pragmas (<see cref="SqlitePragmas"/>:
/// WAL, busy timeout, foreign keys). For the paths where EF's start would weigh more than the work (a CLI verb's
/// migrations check, the dossier import, the indicator computation); the caller disposes the connection.</summary>
public sealed class StoreConnections
{
    private readonly string connectionString;
    private readonly SqlitePragmas? pragmas;

    public StoreConnections(IOptions<DatabaseOptions> options)
    {
        var db = options.Value;
        IsSqlite = db.Provider != DatabaseProvider.Postgres;
        connectionString = IsSqlite ? SqliteConnectionString(db) : db.PostgresConnectionString ?? "";
        pragmas = IsSqlite ? new SqlitePragmas(db.SqliteBusyTimeoutMs) : null;
    }

    public bool IsSqlite { get; }

    /// <summary>An open connection to the store (on SQLite with the pragmas set).</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = IsSqlite ? Sqlite(connectionString) : Postgres(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            if (pragmas is not null) await pragmas.ApplyAsync(connection, ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The SQLite store's connection string (EF's and the plain connections': one pool).</summary>
    public static string SqliteConnectionString(DatabaseOptions db) => new SqliteConnectionStringBuilder
    {
        DataSource = db.SqliteFilePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = Math.Max(1, db.SqliteBusyTimeoutMs / 1000),
    }.ToString();

    // Each provider's connection is created in a method of its own, so a process on SQLite does not load PostgreSQL's client.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbConnection Sqlite(string connectionString) => new SqliteConnection(connectionString);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DbConnection Postgres(string connectionString) => new NpgsqlConnection(connectionString);
}
