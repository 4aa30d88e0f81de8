using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParPlan.Data;
using ParPlan.Hosting;

namespace ParPlan.Tests.Data;

public sealed class SqlitePragmasTests
{
    [Fact]
    public async Task A_store_left_in_rollback_journal_mode_opens_migrates_and_is_switched_to_wal()
    {
        var folder = Directory.CreateTempSubdirectory("parplan-journal-");
        try
        {
            var settings = new Dictionary<string, string?> { ["Data:Directory"] = folder.FullName };
            await OpenAsync(settings);
            var file = Path.Combine(folder.FullName, DatabaseOptions.SqliteFileName);
            Assert.Equal("delete", await JournalModeAsync(file, "PRAGMA journal_mode=DELETE"));

            await OpenAsync(settings);

            Assert.Equal("wal", await JournalModeAsync(file, "PRAGMA journal_mode"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>What every verb and the web app do at start: migrate through EF, which first asks read-only whether the store exists.</summary>
    private static async Task OpenAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddParPlanServices(configuration);
        await using var provider = services.BuildServiceProvider();
        await DatabaseInitializer.MigrateAsync(provider, DatabaseOptions.FromConfiguration(configuration), CancellationToken.None);
        SqliteConnection.ClearAllPools();
    }

    private static async Task<string> JournalModeAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
