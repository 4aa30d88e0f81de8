using Npgsql;
using ParPlan.Data;

namespace ParPlan.Features.Operations;

/// <summary>What backup and restore ask a PostgreSQL server directly: a snapshot for <c>pg_dump</c> with the row counts
/// seen in it, and whether a restore target is new, empty or holds data.</summary>
public static class PostgresStore
{
    public enum TargetState
    {
        Missing,
        Empty,
        HoldsData,
    }

    /// <summary>A repeatable-read transaction kept open while <c>pg_dump --snapshot</c> reads the same snapshot, so the
    /// manifest's counts are exactly those of the dump.</summary>
    public sealed class Snapshot : IAsyncDisposable
    {
        internal Snapshot(NpgsqlConnection connection, NpgsqlTransaction transaction, string id)
        {
            Connection = connection;
            Transaction = transaction;
            Id = id;
        }

        internal NpgsqlConnection Connection { get; }

        internal NpgsqlTransaction Transaction { get; }

        public string Id { get; }

        public async Task<StoreFacts> MeasureAsync(CancellationToken ct) => await FactsAsync(Connection, ct);

        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    public static async Task<Snapshot> BeginSnapshotAsync(string connectionString, CancellationToken ct)
    {
        var connection = Unpooled(connectionString);
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using var command = new NpgsqlCommand("SET TRANSACTION READ ONLY; SELECT pg_export_snapshot()", connection, transaction);
        var id = (string)(await command.ExecuteScalarAsync(ct))!;
        return new Snapshot(connection, transaction, id);
    }

    /// <summary>The applied migrations and the rows of each table of the public schema.</summary>
    public static async Task<StoreFacts> FactsAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = Unpooled(connectionString);
        await connection.OpenAsync(ct);
        return await FactsAsync(connection, ct);
    }

    private static Task<StoreFacts> FactsAsync(NpgsqlConnection connection, CancellationToken ct) =>
        StoreFacts.ReadAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
            "public.", ct);

    /// <summary>Whether the database named in the connection string exists and holds any table, view or sequence.</summary>
    public static async Task<TargetState> StateAsync(string connectionString, CancellationToken ct)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using (var admin = await OpenMaintenanceAsync(connectionString, ct))
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin))
        {
            exists.Parameters.AddWithValue("name", name ?? "");
            if (await exists.ExecuteScalarAsync(ct) is null) return TargetState.Missing;
        }

        await using var connection = Unpooled(connectionString);
        await connection.OpenAsync(ct);
        await using var objects = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%' "
            + "AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')", connection);
        return (long)(await objects.ExecuteScalarAsync(ct))! == 0 ? TargetState.Empty : TargetState.HoldsData;
    }

    public static async Task CreateAsync(string connectionString, CancellationToken ct) =>
        await AdminAsync(connectionString, name => $"CREATE DATABASE \"{name}\"", ct);

    public static async Task DropAsync(string connectionString, CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync(connectionString, name => $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", ct);
    }

    private static async Task AdminAsync(string connectionString, Func<string, string> sql, CancellationToken ct)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!.Replace("\"", "\"\"", StringComparison.Ordinal);
        await using var admin = await OpenMaintenanceAsync(connectionString, ct);
        await using var command = new NpgsqlCommand(sql(name), admin);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlConnection Unpooled(string connectionString) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());

    private static async Task<NpgsqlConnection> OpenMaintenanceAsync(string connectionString, CancellationToken ct)
    {
        var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ToString());
        await admin.OpenAsync(ct);
        return admin;
    }
}
