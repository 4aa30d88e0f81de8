using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;

namespace ParPlan.Tests.Data;

/// <summary><see cref="DatabaseInitializer.MigrateAsync"/> at every start: one query for a store at the latest migration,
/// a real migration for a store behind, a refusal for a store ahead (made by another build).</summary>
public class MigrationCheckTests
{
    [Fact]
    public void The_migrations_named_for_the_fast_check_are_the_ones_EF_finds()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.Equal(sqlite.Database.GetMigrations(), StoreMigrations.Known(DatabaseProvider.Sqlite));
        Assert.Equal(postgres.Database.GetMigrations(), StoreMigrations.Known(DatabaseProvider.Postgres));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_store_at_the_latest_migration_is_opened_without_running_the_migrator(string provider)
    {
        var commands = new CommandCounter();
        await using var database = await TestDatabase.CreateAsync(provider, s => Count(s, commands));
        commands.Executed = 0;

        await DatabaseInitializer.MigrateAsync(database.Services, database.Options, CancellationToken.None);

        Assert.Equal(0, commands.Executed);
        Assert.Equal(StoreMigrations.Known(database.Options.Provider), await AppliedAsync(database));
    }

    [Theory]
    [MemberData(nameof(BehindCases))]
    public async Task A_store_behind_the_latest_migration_is_migrated(string provider, bool withHistoryTable)
    {
        var commands = new CommandCounter();
        await using var database = await TestDatabase.CreateAsync(provider, s => Count(s, commands));
        await EmptyAsync(database, withHistoryTable);
        commands.Executed = 0;

        await DatabaseInitializer.MigrateAsync(database.Services, database.Options, CancellationToken.None);

        Assert.True(commands.Executed > 0);
        Assert.Equal(StoreMigrations.Known(database.Options.Provider), await AppliedAsync(database));
        Assert.Equal(0, await database.InScopeAsync(sp => sp.Db().Units.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_store_ahead_of_this_build_is_refused_and_left_as_it_is(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.InScopeAsync(sp => sp.Db().Database.ExecuteSqlRawAsync(
            "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20990101000000_Later', '10.0.0')"));

        var error = await Assert.ThrowsAsync<StoreSchemaMismatchException>(
            () => DatabaseInitializer.MigrateAsync(database.Services, database.Options, CancellationToken.None));

        Assert.Contains("được tạo bởi một phiên bản ParPlan khác (lược đồ 20990101000000_Later)", error.Message, StringComparison.Ordinal);
        Assert.Equal([.. StoreMigrations.Known(database.Options.Provider), "20990101000000_Later"], await AppliedAsync(database));
    }

    public static TheoryData<string, bool> BehindCases()
    {
        var data = new TheoryData<string, bool>();
        foreach (string provider in TestDatabase.Providers())
        {
            data.Add(provider, true);
            data.Add(provider, false);
        }

        return data;
    }

    /// <summary>Leaves the store with no table at all, or with only an empty migrations history (a store EF began to create).</summary>
    private static Task EmptyAsync(TestDatabase database, bool withHistoryTable) => database.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        if (database.Options.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        }
        else
        {
            // A new, empty file in place of the store.
            await db.Database.CloseConnectionAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database.Options.SqliteFilePath + suffix);
            await File.WriteAllBytesAsync(database.Options.SqliteFilePath, []);
        }

        if (withHistoryTable)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" varchar(150) NOT NULL PRIMARY KEY, \"ProductVersion\" varchar(32) NOT NULL)");
        }
    });

    private static Task<List<string>> AppliedAsync(TestDatabase database) => database.InScopeAsync(sp =>
        sp.Db().Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"").ToListAsync());

    private static void Count(IServiceCollection services, CommandCounter counter)
    {
        services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
        services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
    }

    /// <summary>Counts the commands EF itself sends (the migrator's, queries, saves).</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Executed;

        public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            Interlocked.Increment(ref Executed);
            return result;
        }
    }
}
