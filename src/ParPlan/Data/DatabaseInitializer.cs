using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ParPlan.Data;

/// <summary>Creates the data folder and applies pending migrations before the app serves anything.</summary>
public sealed class DatabaseInitializer(IServiceProvider services, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var db = options.Value;
        try
        {
            await MigrateAsync(services, db, cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or UnauthorizedAccessException && ex is not StoreSchemaMismatchException)
        {
            var where = db.Provider == DatabaseProvider.Postgres
                ? "cơ sở dữ liệu PostgreSQL (ConnectionStrings:Postgres)"
                : $"tệp dữ liệu {db.SqliteFilePath} (--data)";
            throw new DatabaseUnavailableException($"Không mở được {where}: {ex.Message}", ex);
        }

        logger.LogInformation("Database ready ({Provider}).", db.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(IServiceProvider services, DatabaseOptions options, CancellationToken ct)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(options.SqliteFilePath)!);
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var known = db.Database.GetMigrations().ToList();
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

        // Nothing to apply: skip MigrateAsync, which also compares the model with the migrations' snapshot (a third of a
        // CLI verb's start, measured on `dossiers import`).
        if (known.All(applied.Contains)) return;
        await db.Database.MigrateAsync(ct);
    }
}
