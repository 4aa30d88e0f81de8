using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>Whether an import's counts can be used asks if an officer completed an apology for one of its dossiers. On
/// SQLite that question joined the apologies to every stored dossier: a month's import into a store of two years read
/// all 2.1 million rows for it (a second of the computation). It must start from the apologies and look each dossier up
/// by its key. The unfinished dossiers, read at every computation, come from their partial index alone.</summary>
public class ImportCountsCheckPlanTests
{
    [Fact]
    public async Task The_completed_apology_check_looks_dossiers_up_by_key_instead_of_scanning_them()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var plan = await database.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + ImportBatchChecks.CountsStillDescribeSql;
            command.Parameters.Add(new SqliteParameter("@b", 42));
            command.Parameters.Add(new SqliteParameter("@completed", "Completed"));
            command.Parameters.Add(new SqliteParameter("@running", "Running"));
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
            return lines;
        });

        Assert.DoesNotContain(plan, line => line.Contains("SCAN d", StringComparison.Ordinal) || line.Contains("SCAN Dossiers", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("PRIMARY KEY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_unfinished_dossiers_are_read_from_their_partial_index_alone_without_visiting_the_table()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var plan = await database.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + StoredDossierYears.UnfinishedSql;
            command.Parameters.Add(new SqliteParameter("@end", 42L));
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
            return lines;
        });

        Assert.Contains(plan, line => line.Contains("SEARCH d USING COVERING INDEX IX_Dossiers_Unfinished", StringComparison.Ordinal));
    }
}
