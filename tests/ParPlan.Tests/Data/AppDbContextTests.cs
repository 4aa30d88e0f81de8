using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPlan.Data;
using ParPlan.Hosting;
using ParPlan.Features.Organisation;

namespace ParPlan.Tests.Data;

public class AppDbContextTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Version_is_bumped_on_save_and_a_stale_copy_is_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var unit = new Unit { Code = "T.1", Name = "UBND tỉnh Thử", Kind = UnitKind.ProvinceGovernment, Level = UnitLevel.Province };
        await database.InScopeAsync(async sp =>
        {
            sp.Db().Units.Add(unit);
            await sp.Db().SaveChangesAsync();
        });

        await using var scopeA = database.Services.CreateAsyncScope();
        await using var scopeB = database.Services.CreateAsyncScope();
        var a = await scopeA.ServiceProvider.Db().Units.SingleAsync(u => u.Id == unit.Id);
        var b = await scopeB.ServiceProvider.Db().Units.SingleAsync(u => u.Id == unit.Id);
        Assert.Equal(1, a.Version);

        a.Name = "UBND tỉnh Thử (A)";
        await scopeA.ServiceProvider.Db().SaveChangesAsync();
        b.Name = "UBND tỉnh Thử (B)";

        Assert.Equal(2, a.Version);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => scopeB.ServiceProvider.Db().SaveChangesAsync());
        var stored = await database.InScopeAsync(sp => sp.Db().Units.AsNoTracking().SingleAsync(u => u.Id == unit.Id));
        Assert.Equal("UBND tỉnh Thử (A)", stored.Name);
    }

    [Fact]
    public async Task Sqlite_store_is_created_in_the_data_folder_in_wal_mode()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

        Assert.True(File.Exists(Path.Combine(database.Options.DataDirectory, "parplan.db")));
        await using var connection = new SqliteConnection($"Data Source={database.Options.SqliteFilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public void Postgres_without_a_connection_string_fails_validation_with_a_clear_message()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Postgres" })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddParPlanServices(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        Assert.Contains("ConnectionStrings:Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_provider_fails_validation()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddParPlanServices(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        Assert.Contains("Database:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_directory_defaults_to_data_and_follows_the_data_flag()
    {
        var defaults = DatabaseOptions.FromConfiguration(new ConfigurationBuilder().Build());
        var args = ParPlan.Hosting.CommandLineArgs.Normalize(["--demo", "--data", "/srv/parplan", "--urls", "http://127.0.0.1:5000"]);
        var flagged = DatabaseOptions.FromConfiguration(new ConfigurationBuilder().AddCommandLine(args).Build());

        Assert.Equal("./data", defaults.DataDirectory);
        Assert.Equal(DatabaseProvider.Sqlite, defaults.Provider);
        Assert.Equal("/srv/parplan", flagged.DataDirectory);
        Assert.Equal(["--Demo:Enabled=true", "--Data:Directory=/srv/parplan", "--urls", "http://127.0.0.1:5000"], args);
    }
}

public class DatabaseInitializerTests
{
    [Fact]
    public async Task An_unreachable_postgres_server_stops_start_with_a_clear_message()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Username=postgres;Database=parplan;Timeout=2",
            })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddParPlanServices(configuration).BuildServiceProvider();
        var initializer = ActivatorUtilities.CreateInstance<DatabaseInitializer>(services);

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => initializer.StartAsync(CancellationToken.None));

        Assert.StartsWith("Không mở được cơ sở dữ liệu PostgreSQL (ConnectionStrings:Postgres)", error.Message, StringComparison.Ordinal);
    }
}

public class StoreSchemaTests
{
    [Fact]
    public async Task A_store_made_by_another_build_stops_start_with_a_message_that_says_to_use_a_new_data_folder()
    {
        var folder = Directory.CreateTempSubdirectory("parplan-schema-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Directory"] = folder, ["Database:Provider"] = "Sqlite" })
                .Build();
            await using var services = new ServiceCollection().AddLogging().AddParPlanServices(configuration).BuildServiceProvider();
            var initializer = ActivatorUtilities.CreateInstance<DatabaseInitializer>(services);
            await initializer.StartAsync(CancellationToken.None);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20990101000000_Initial', '10.0.0')");
            }

            var error = await Assert.ThrowsAsync<StoreSchemaMismatchException>(() => initializer.StartAsync(CancellationToken.None));

            Assert.Contains("được tạo bởi một phiên bản ParPlan khác (lược đồ 20990101000000_Initial)", error.Message, StringComparison.Ordinal);
            Assert.Contains("thư mục dữ liệu mới (--data)", error.Message, StringComparison.Ordinal);
            var report = new StringWriter();
            Assert.Equal(1, ParPlan.Infrastructure.StartupChecks.Report(error, report));
            Assert.Contains(error.Message, report.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
