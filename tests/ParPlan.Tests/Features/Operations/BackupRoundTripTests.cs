using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using ParPlan.Cli;
using ParPlan.Data;
using ParPlan.Hosting;
using ParPlan.Features.Operations;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Operations;

/// <summary>backup → verify → restore on each provider: the same rows in every table, the same evidence and key files, and
/// a store that opens. On PostgreSQL the database goes through pg_dump/pg_restore into a new database.</summary>
public sealed class BackupRoundTripTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("parplan-roundtrip-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        work.Delete(recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_backup_comes_back_whole_with_the_same_rows_evidence_and_keys(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(provider);
        await source.InScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrgCommands>();
            await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest("QT", "UBND tỉnh Quảng Trị", UnitKind.ProvinceGovernment, UnitLevel.Province, null, null)));
            await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest("QT.SNV", "Sở Nội vụ", UnitKind.Department, UnitLevel.Agency, null, null)));
        });
        var data = provider == TestDatabase.Postgres ? work.CreateSubdirectory("nguon").FullName : source.Options.DataDirectory;
        Directory.CreateDirectory(Path.Combine(data, "evidence", "t1"));
        await File.WriteAllBytesAsync(Path.Combine(data, "evidence", "t1", "bien-ban.pdf"), BackupFixture.EvidenceBytes);
        Directory.CreateDirectory(Path.Combine(data, "keys"));
        await File.WriteAllTextAsync(Path.Combine(data, "keys", "key-1.xml"), "<key />");
        var postgres = provider == TestDatabase.Postgres
            ? new[] { "--Database:Provider=Postgres", "--ConnectionStrings:Postgres=" + source.Options.PostgresConnectionString }
            : [];
        var file = Path.Combine(work.FullName, "sao-luu.zip");
        var restored = Path.Combine(work.FullName, "khoi-phuc");
        var newDatabase = "parplan_r_" + Guid.NewGuid().ToString("N")[..12];
        var target = new DatabaseOptions
        {
            Provider = source.Options.Provider,
            DataDirectory = restored,
            PostgresConnectionString = provider == TestDatabase.Postgres
                ? new NpgsqlConnectionStringBuilder(source.Options.PostgresConnectionString) { Database = newDatabase }.ToString()
                : null,
        };
        try
        {
            var backup = await RestoredStoreTests.RunAsync(BackupCommands.BackupAsync, [file, "--data", data, .. postgres]);
            var verify = await RestoredStoreTests.RunAsync(BackupCommands.BackupAsync, ["verify", file, .. postgres]);
            var restore = await RestoredStoreTests.RunAsync(BackupCommands.RestoreAsync, [file, "--data", restored, "--database", newDatabase, .. postgres]);

            Assert.True(backup.Code == CliApp.Ok, backup.Stderr);
            Assert.True(verify.Code == CliApp.Ok, verify.Stderr);
            Assert.True(restore.Code == CliApp.Ok, restore.Stderr);
            Assert.Equal((await FactsAsync(source.Options)).Tables, (await FactsAsync(target)).Tables);
            Assert.Equal(BackupFixture.EvidenceBytes, await File.ReadAllBytesAsync(Path.Combine(restored, "evidence", "t1", "bien-ban.pdf")));
            Assert.Equal("<key />", await File.ReadAllTextAsync(Path.Combine(restored, "keys", "key-1.xml")));
            Assert.Equal(["Sở Nội vụ", "UBND tỉnh Quảng Trị"], await UnitNamesAsync(target));

            if (provider == TestDatabase.Postgres)
            {
                var again = await RestoredStoreTests.RunAsync(BackupCommands.RestoreAsync, [file, "--data", work.CreateSubdirectory("lan-hai").FullName, "--database", newDatabase, .. postgres]);
                Assert.Equal(CliApp.BadInput, again.Code);
                Assert.Contains($"Cơ sở dữ liệu PostgreSQL {newDatabase} đã có dữ liệu", again.Stderr, StringComparison.Ordinal);
            }
        }
        finally
        {
            if (target.PostgresConnectionString is { } created)
            {
                await PostgresStore.DropAsync(created, CancellationToken.None);
            }
        }
    }

    private static async Task<StoreFacts> FactsAsync(DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            return await PostgresStore.FactsAsync(options.PostgresConnectionString!, CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
        return await SqliteStoreFile.MeasureAsync(options.SqliteFilePath);
    }

    /// <summary>Opens the restored store as the app does (migrating first) and reads the units.</summary>
    private static async Task<List<string>> UnitNamesAsync(DatabaseOptions options)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider.ToString(),
            ["Data:Directory"] = options.DataDirectory,
            ["ConnectionStrings:Postgres"] = options.PostgresConnectionString,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddParPlanServices(configuration);
        await using var provider = services.BuildServiceProvider();
        await DatabaseInitializer.MigrateAsync(provider, DatabaseOptions.FromConfiguration(configuration), CancellationToken.None);
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.Db().Units.OrderBy(u => u.Name).Select(u => u.Name).ToListAsync();
    }
}
