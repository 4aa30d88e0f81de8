using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ParPlan.Data;

/// <summary>Creates the data folder and applies pending migrations before the app serves anything.</summary>
public sealed class DatabaseInitializer(IServiceProvider services, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <summary>The one query that tells which migrations a store has (the table EF keeps them in).</summary>
    private const string AppliedMigrationsSql = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var db = options.Value;
        try
        {
            await MigrateAsync(services, db, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException && ex is not StoreSchemaMismatchException)
        {
            var where = db.Provider == DatabaseProvider.Postgres
                ? "cơ sở dữ liệu PostgreSQL (ConnectionStrings:Postgres)"
                : $"tệp dữ liệu {db.SqliteFilePath} (--data)";
            throw new DatabaseUnavailableException($"Không mở được {where}: {ex.Message}", ex);
        }

        logger.LogInformation("Database ready ({Provider}).", db.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Refuses a store made by another build, migrates a store that lacks one of this build's migrations (a new
    /// one included), and otherwise costs one query on a plain connection (<see cref="StoreConnections"/>): a store at the
    /// latest migration builds no EF context at all, whose model, first connection and migrator (a history lookup that
    /// compiles a LINQ query of its own) are most of a CLI verb's start.</summary>
    public static async Task MigrateAsync(IServiceProvider services, DatabaseOptions options, CancellationToken ct)
    {
        if (await IsCurrentAsync(services.GetRequiredService<StoreConnections>(), options, ct)) return;
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync(ct);
    }

    /// <summary>The check of <see cref="MigrateAsync"/> without the migrator: true when the store has every migration of
    /// this build, false when it lacks one (or does not exist yet), and <see cref="StoreSchemaMismatchException"/> for a
    /// store made by another build. For a caller that builds EF's services only when the store must be migrated (the
    /// command-line import, <c>CliStore</c>).</summary>
    /// <exception cref="StoreSchemaMismatchException">The store has a migration this build does not know.</exception>
    public static async Task<bool> IsCurrentAsync(StoreConnections store, DatabaseOptions options, CancellationToken ct)
    {
        var sqlite = options.Provider == DatabaseProvider.Sqlite;
        if (sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(options.SqliteFilePath)!);
        }

        var known = StoreMigrations.Known(options.Provider);
        var applied = sqlite && !File.Exists(options.SqliteFilePath) ? [] : await AppliedAsync(store, ct);
        var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            // Until the first release the schema is one "Initial" migration that is regenerated when the model changes:
            // a store made by another build would otherwise fail deep inside the migration with "table already exists".
            var where = options.Provider == DatabaseProvider.Postgres ? "Cơ sở dữ liệu PostgreSQL" : $"Tệp dữ liệu {options.SqliteFilePath}";
            throw new StoreSchemaMismatchException(
                $"{where} được tạo bởi một phiên bản ParPlan khác (lược đồ {string.Join(", ", unknown)}), phiên bản này không đọc được. "
                + "Hãy sao lưu tệp đó rồi dùng một thư mục dữ liệu mới (--data), hoặc xoá nó để tạo lại kho.");
        }

        return known.All(applied.Contains);
    }

    /// <summary>The migrations the store has: none when it has no history table yet, or (PostgreSQL) no database yet. On
    /// a plain connection with EF's settings (SQLite: WAL, busy timeout); a refusal of the server is reported as it is.</summary>
    private static async Task<IReadOnlyList<string>> AppliedAsync(StoreConnections store, CancellationToken ct)
    {
        try
        {
            await using var connection = await store.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = AppliedMigrationsSql;
            var ids = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
            return ids;
        }
        catch (DbException ex) when (IsNotCreatedYet(ex))
        {
            return [];
        }
    }

    private static bool IsNotCreatedYet(DbException ex) => ex switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 1 && s.Message.Contains("no such table", StringComparison.Ordinal),
        Npgsql.PostgresException p => p.SqlState is Npgsql.PostgresErrorCodes.InvalidCatalogName or Npgsql.PostgresErrorCodes.UndefinedTable,
        _ => false,
    };
}
