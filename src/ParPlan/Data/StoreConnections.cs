using System.Data.Common;
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
        connectionString = IsSqlite ? DataSetup.SqliteConnectionString(db) : db.PostgresConnectionString ?? "";
        pragmas = IsSqlite ? new SqlitePragmas(db.SqliteBusyTimeoutMs) : null;
    }

    public bool IsSqlite { get; }

    /// <summary>An open connection to the store (on SQLite with the pragmas set).</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        DbConnection connection = IsSqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
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
}
