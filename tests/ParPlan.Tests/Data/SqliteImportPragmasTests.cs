using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Data;

/// <summary>An import's SQLite connection writes with NORMAL synchronous and a 16 MiB page cache
/// (<see cref="SqlitePragmas.ForImportAsync"/>), and gives the connection back to the pool with its own synchronous
/// level: a later user of the pooled connection (the web app's next request) must not inherit the import's weaker
/// durability. (The page cache stays 16 MiB: memory, not durability.)</summary>
public sealed class SqliteImportPragmasTests
{
    [Fact]
    public async Task The_imports_settings_hold_while_it_writes_and_the_connections_own_synchronous_level_comes_back_after()
    {
        var folder = Directory.CreateTempSubdirectory("parplan-pragmas-");
        try
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.FullName, "a.db")}");
            await connection.OpenAsync();
            await ExecuteAsync(connection, "PRAGMA synchronous = FULL; PRAGMA cache_size = -3000;");

            string during;
            await using (await SqlitePragmas.ForImportAsync(connection, CancellationToken.None))
            {
                during = await SettingsAsync(connection);
            }

            Assert.Equal("1|-16384", during);
            Assert.Equal("2|-16384", await SettingsAsync(connection));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task After_an_import_the_stores_connections_have_the_default_durability_again()
    {
        await using var store = await Features.Dossiers.DossierStore.CreateAsync(TestDatabase.Sqlite);
        var connections = store.Database.Services.GetRequiredService<StoreConnections>();
        string before;
        await using (var connection = await connections.OpenAsync(CancellationToken.None))
        {
            before = await SettingsAsync(connection);
        }

        await store.ImportAsync(store.WriteCsv([Row("HS1", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra")]));

        // The pool hands back the connection the import used (the only idle one).
        await using (var connection = await connections.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(before.Split('|')[0], (await SettingsAsync(connection)).Split('|')[0]);
        }

        Assert.StartsWith("2|", before, StringComparison.Ordinal);
    }

    private static async Task<string> SettingsAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT synchronous FROM pragma_synchronous) || '|' || (SELECT cache_size FROM pragma_cache_size)";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
