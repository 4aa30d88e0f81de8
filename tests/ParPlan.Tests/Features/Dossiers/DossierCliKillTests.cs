using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Dossiers;
using ParPlan.Features.Demo;
using ParPlan.Features.Dossiers;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>The real thing: <c>parplan dossiers import</c> as a child process, killed mid-import, then run again.</summary>
public class DossierCliKillTests
{
    [Fact]
    public async Task Killing_the_cli_mid_import_leaves_only_whole_chunks_and_running_it_again_completes_the_import()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InScopeAsync(sp => ActivatorUtilities.CreateInstance<DemoOrganisation>(sp).BuildAsync(CancellationToken.None));
        var file = Path.Combine(database.Options.DataDirectory, "hoso.csv");
        const int Count = 120_000;
        await using (var output = File.Create(file))
        {
            SyntheticDossiers.Write(output, new SyntheticDossierOptions { Count = Count, Year = 2025, Seed = 7, UnitCodes = DemoDossierUnits.Codes(2025) });
        }

        SqliteConnection.ClearAllPools();
        using (var first = Start(file, database.Options.DataDirectory))
        {
            var committed = await WaitAsync(() => ScalarAsync(database, "SELECT COALESCE(MAX(\"LastCommittedLine\"), 0) FROM \"ImportBatches\""), v => v > 0, first);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            Assert.True(committed > 0);
        }

        var batch = await database.InScopeAsync(sp => sp.Db().Set<ImportBatch>().AsNoTracking().SingleAsync());
        Assert.NotEqual(ImportStatus.Completed, batch.Status);
        Assert.True(batch.LastCommittedLine < Count + 1, "the kill came before the end");
        Assert.Equal(batch.Imported, await database.InScopeAsync(sp => sp.CountAsync<Dossier>()));
        Assert.Equal(0, (batch.LastCommittedLine - 1) % 5_000);

        SqliteConnection.ClearAllPools();
        using var second = Start(file, database.Options.DataDirectory);
        var stdout = await second.StandardOutput.ReadToEndAsync();
        await second.WaitForExitAsync();

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("tiếp tục", stdout, StringComparison.Ordinal);
        var done = await database.InScopeAsync(sp => sp.Db().Set<ImportBatch>().AsNoTracking().SingleAsync());
        Assert.Equal(ImportStatus.Completed, done.Status);
        Assert.Equal(Count, done.RowsRead);
        Assert.Equal(Count - done.Rejected, await database.InScopeAsync(sp => sp.CountAsync<Dossier>()));
        Assert.Equal(0, done.Updated);
        Assert.True(await ScalarAsync(database, "SELECT COUNT(*) FROM \"IndicatorValues\"") > 0);
    }

    private static Process Start(string file, string dataDirectory)
    {
        var app = typeof(ParPlan.Features.Dossiers.DossierCli).Assembly.Location;
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { app, "dossiers", "import", file, "--source", "lon", "--data", dataDirectory }) info.ArgumentList.Add(arg);
        info.Environment["Dossiers__ChunkSize"] = "5000";
        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<long> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database.Options.SqliteFilePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static async Task<long> WaitAsync(Func<Task<long>> probe, Func<long, bool> until, Process process)
    {
        for (var i = 0; i < 1200; i++)
        {
            var value = await probe();
            if (until(value) || process.HasExited) return value;
            await Task.Delay(50);
        }

        return await probe();
    }
}
