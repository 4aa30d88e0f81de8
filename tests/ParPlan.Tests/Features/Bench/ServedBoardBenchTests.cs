using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Bench;
using ParPlan.Features.Demo;
using ParPlan.Features.Dossiers;

namespace ParPlan.Tests.Features.Bench;

/// <summary><c>parplan bench served-board</c>, as <c>scripts/bench-dossiers.sh</c> uses it: a running web app holds a
/// SQLite store made by <c>bench store</c>, the command line imports into the same store meanwhile, and the verb signs
/// in as the bench's standing officer and times the board page and its API.</summary>
public sealed class ServedBoardBenchTests
{
    [Fact]
    public async Task After_a_command_line_import_into_the_store_a_running_server_holds_the_verb_prints_the_served_board_times()
    {
        var data = Path.Combine(Path.GetTempPath(), "parplan-test-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(data + "-files", "A.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            Assert.Equal(0, await DossierBenchStore.StoreAsync(["--data", data]));
            await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["Data:Directory"] = data, ["FollowUp:Enabled"] = "false" }, kestrel: true);
            app.StartServer();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
                .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
            Assert.Equal(0, await DemoCli.RunAsync(["dossiers", "--count", "400", "--year", "2024", "--out", file], TextWriter.Null, TextWriter.Null));
            var importErrors = new StringWriter();
            Assert.Equal(0, await DossierCli.DossiersAsync(["import", file, "--source", "bench", "--data", data], TextWriter.Null, importErrors));

            var output = new StringWriter();
            var exit = await ServedBoardBench.RunAsync(["--url", address, "--year", "2024"], output);

            Assert.True(exit == 0, importErrors.ToString());
            Assert.Matches(new Regex(@"^page_first_ms=\d+ page_median_ms=\d+ api_first_ms=\d+ api_median_ms=\d+$"), output.ToString().Trim());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
            Directory.Delete(data + "-files", recursive: true);
        }
    }

    [Fact]
    public void The_median_leaves_out_the_first_request()
    {
        Assert.Equal(15, ServedBoardBench.Median([900, 10, 20, 12, 18, 14, 16]));
    }
}
