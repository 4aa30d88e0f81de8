using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Tests.Support;

namespace ParPlan.Tests.Data;

public sealed class StoreConnectionsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plain_connection_opens_the_same_store_with_the_same_settings_as_EF(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var connections = db.Services.GetRequiredService<StoreConnections>();
        Assert.Equal(provider == TestDatabase.Sqlite, connections.IsSqlite);
        var sql = provider == TestDatabase.Sqlite
            ? "SELECT (SELECT file FROM pragma_database_list WHERE name = 'main') || '|' || (SELECT journal_mode FROM pragma_journal_mode)"
              + " || '|' || (SELECT timeout FROM pragma_busy_timeout) || '|' || (SELECT foreign_keys FROM pragma_foreign_keys)"
              + " || '|' || (SELECT page_size FROM pragma_page_size)"
            : "SELECT current_database() || '|' || current_user || '|' || inet_server_port() || '|' || current_setting('search_path')"
              + " || '|' || current_setting('TimeZone')";

        string plain;
        await using (var connection = await connections.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(System.Data.ConnectionState.Open, connection.State);
            plain = await ScalarAsync(connection, sql);
        }

        var ef = await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<AppDbContext>();
            await context.Database.OpenConnectionAsync();
            try
            {
                return await ScalarAsync(context.Database.GetDbConnection(), sql);
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }
        });

        Assert.Equal(ef, plain);
        if (provider == TestDatabase.Sqlite)
        {
            Assert.Equal($"{db.Options.SqliteFilePath}|wal|{db.Options.SqliteBusyTimeoutMs}|1|{SqlitePragmas.NewStorePageSize}", plain);
        }
        else
        {
            Assert.StartsWith($"{new Npgsql.NpgsqlConnectionStringBuilder(db.Options.PostgresConnectionString).Database}|", plain);
        }
    }

    private static async Task<string> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
