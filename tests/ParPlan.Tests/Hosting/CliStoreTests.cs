using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Hosting;

namespace ParPlan.Tests.Hosting;

/// <summary>The command-line import opens the store with only its own services (<see cref="CliStore.OpenForImportAsync"/>)
/// and the migrations check without EF (<see cref="DatabaseInitializer.IsCurrentAsync"/>): the check says "current" exactly
/// when EF has no pending migration, a store behind is still migrated, and a store of another build is still refused.</summary>
public class CliStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_fast_check_says_current_exactly_when_EF_has_nothing_to_migrate(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var connections = database.Services.GetRequiredService<StoreConnections>();

        var atLatest = (await DatabaseInitializer.IsCurrentAsync(connections, database.Options, CancellationToken.None), await PendingAsync(database));
        await EmptyAsync(database);
        var empty = (await DatabaseInitializer.IsCurrentAsync(connections, database.Options, CancellationToken.None), await PendingAsync(database));

        Assert.Equal((true, 0), atLatest);
        Assert.False(empty.Item1);
        Assert.True(empty.Item2 > 0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_imports_store_migrates_a_store_behind_and_builds_the_importer_and_the_computation_without_EF(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await EmptyAsync(database);

        await using (var services = await CliStore.OpenForImportAsync(Settings(database.Options)))
        {
            await using var scope = services.CreateAsyncScope();
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<DossierImporter>());
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<IndicatorComputer>());
            Assert.Null(scope.ServiceProvider.GetService<AppDbContext>());
        }

        Assert.Equal(0, await PendingAsync(database));
        Assert.True(await DatabaseInitializer.IsCurrentAsync(database.Services.GetRequiredService<StoreConnections>(), database.Options, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_imports_store_refuses_a_store_made_by_another_build(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.InScopeAsync(sp => sp.Db().Database.ExecuteSqlRawAsync(
            "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20990101000000_Later', '10.0.0')"));

        var error = await Assert.ThrowsAsync<StoreSchemaMismatchException>(() => CliStore.OpenForImportAsync(Settings(database.Options)));

        Assert.Contains("20990101000000_Later", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(DatabaseOptions options) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = options.Provider.ToString(),
        ["Data:Directory"] = options.DataDirectory,
        ["ConnectionStrings:Postgres"] = options.PostgresConnectionString,
    }).Build();

    private static Task<int> PendingAsync(TestDatabase database) =>
        database.InScopeAsync(async sp => (await sp.Db().Database.GetPendingMigrationsAsync()).Count());

    /// <summary>Leaves the store with no table at all (a new store).</summary>
    private static Task EmptyAsync(TestDatabase database) => database.InScopeAsync(async sp =>
    {
        var db = sp.Db();
        if (database.Options.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
            return;
        }

        await db.Database.CloseConnectionAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database.Options.SqliteFilePath + suffix);
    });
}
