using ParPlan.Features.Dossiers;
using ParPlan.Tests.Data;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary><c>parplan dossiers import FILE --Dossiers:Timings=true</c>: where the import's time went, step by step.</summary>
public class DossierCliTimingsTests
{
    [Fact]
    public async Task The_import_prints_each_steps_time_only_when_asked()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var file = Path.Combine(database.Options.DataDirectory, "hoso.csv");
        await File.WriteAllTextAsync(file, Header + "\n" + Row("T1", "BAT.KY", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra") + "\n");

        var (asked, askedErr) = await CliAsync("import", file, "--data", database.Options.DataDirectory, "--Dossiers:Timings=true");
        var (plain, plainErr) = await CliAsync("import", file, "--data", database.Options.DataDirectory);

        Assert.Equal((0, 0), (asked, plain));
        Assert.Contains("Từng bước:", askedErr, StringComparison.Ordinal);
        Assert.Contains("ms  đọc và ghi các dòng", askedErr, StringComparison.Ordinal);
        Assert.Contains("ms  chỉ số:", askedErr, StringComparison.Ordinal);
        Assert.Matches(@"JIT cả tiến trình: [1-9]\d* phương thức, \d+ ms", askedErr);
        Assert.DoesNotContain("Từng bước:", plainErr, StringComparison.Ordinal);
        Assert.Contains("Thời gian:", plainErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_into_a_new_data_folder_creates_the_store_and_one_into_a_store_of_another_build_is_refused()
    {
        // A new data folder: the store is created and migrated, then the file imported.
        var folder = Path.Combine(Path.GetTempPath(), "parplan-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "hoso.csv");
            await File.WriteAllTextAsync(file, Header + "\n" + Row("T1", "BAT.KY", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra") + "\n");
            var (created, _) = await CliAsync("import", file, "--data", Path.Combine(folder, "kho"));
            Assert.Equal(0, created);
            Assert.True(File.Exists(Path.Combine(folder, "kho", "parplan.db")));

            // A store made by another build is still refused, with the store's own message.
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(folder, "kho", "parplan.db")};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20990101000000_Later', '10.0.0')";
                await insert.ExecuteNonQueryAsync();
            }

            var refused = await Assert.ThrowsAsync<ParPlan.Data.StoreSchemaMismatchException>(() => CliAsync("import", file, "--data", Path.Combine(folder, "kho")));
            Assert.Contains("20990101000000_Later", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Code, string Err)> CliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await DossierCli.DossiersAsync(args, stdout, stderr);
        return (code, stderr.ToString());
    }
}
