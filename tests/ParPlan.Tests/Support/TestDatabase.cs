using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ParPlan.Data;
using ParPlan.Hosting;
using ParPlan.Features.Organisation;

namespace ParPlan.Tests.Support;

/// <summary>A fresh, migrated database for one test: a SQLite file in a temp folder, or a uniquely named
/// PostgreSQL database when the provider is "Postgres". Data tests run on SQLite always, and on PostgreSQL when
/// <c>ConnectionStrings__Postgres</c> is set; with <c>PARPLAN_REQUIRE_POSTGRES=1</c> a missing or unreachable
/// server fails the tests instead of leaving them out.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    private readonly string? postgresDatabase;
    private readonly string? adminConnectionString;

    private TestDatabase(ServiceProvider services, DatabaseOptions options, string? postgresDatabase, string? adminConnectionString, FakeTimeProvider time)
    {
        Services = services;
        Options = options;
        Time = time;
        this.postgresDatabase = postgresDatabase;
        this.adminConnectionString = adminConnectionString;
    }

    public ServiceProvider Services { get; }

    public DatabaseOptions Options { get; }

    public FakeTimeProvider Time { get; }

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("ConnectionStrings__Postgres");

    public static bool PostgresRequired => Environment.GetEnvironmentVariable("PARPLAN_REQUIRE_POSTGRES") == "1";

    /// <summary>The providers every data test runs on.</summary>
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { Sqlite };
        if (!string.IsNullOrWhiteSpace(PostgresConnectionString) || PostgresRequired)
        {
            data.Add(Postgres);
        }

        return data;
    }

    public static async Task<TestDatabase> CreateAsync(string provider, Action<IServiceCollection>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = provider };
        string? database = null;
        string? admin = null;
        if (provider == Postgres)
        {
            if (string.IsNullOrWhiteSpace(PostgresConnectionString))
            {
                throw new InvalidOperationException("PARPLAN_REQUIRE_POSTGRES=1 but ConnectionStrings__Postgres is not set.");
            }

            var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString);
            database = $"parplan_t_{Guid.NewGuid():N}";
            admin = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = "postgres", Pooling = false }.ToString();
            builder.Database = database;
            settings["ConnectionStrings:Postgres"] = builder.ToString();
        }
        else
        {
            settings["Data:Directory"] = Directory.CreateTempSubdirectory("parplan-test-").FullName;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddParPlanServices(configuration);
        configure?.Invoke(services);
        var provider1 = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var options = DatabaseOptions.FromConfiguration(configuration);
        await DatabaseInitializer.MigrateAsync(provider1, options, CancellationToken.None);
        return new TestDatabase(provider1, options, database, admin, time);
    }

    /// <summary>Runs <paramref name="action"/> in a fresh DI scope (a fresh DbContext), like one web request.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> action) =>
        InScopeAsync<bool>(async sp =>
        {
            await action(sp);
            return true;
        });

    /// <summary>Drops a throwaway PostgreSQL database of a test (its connections closed first).</summary>
    public static async Task DropPostgresDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = "postgres", Pooling = false }.ToString();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (postgresDatabase is not null && adminConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Options.DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
