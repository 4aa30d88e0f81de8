using ParPlan.Cli;
using ParPlan.Features.Audit;
using ParPlan.Hosting;

namespace ParPlan.Features.Indicators;

/// <summary>The CLI verb of cli.md <c>indicators compute [--data DIR]</c>.</summary>
public static class IndicatorCli
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var cli = CommandLineArgs.Parse(args);
        var (positional, config) = (cli.Positional, cli.Settings);
        if (positional.Count != 1 || positional[0] != "compute")
        {
            await stderr.WriteLineAsync("Cách dùng: parplan indicators compute [--data DIR]");
            return CliApp.BadInput;
        }

        await using var services = await CliStore.OpenAsync(config);
        await using var scope = services.CreateAsyncScope();
        using var actor = AuditActor.Begin("cli");
        var summary = await scope.ServiceProvider.GetRequiredService<IndicatorComputer>().ComputeAsync();
        await stdout.WriteLineAsync($"Đã tính {summary.Values} giá trị chỉ số từ {summary.Dossiers} hồ sơ, năm {string.Join(", ", summary.Years)} ({summary.Elapsed.TotalSeconds:0.0} giây).");
        if (summary.OutsideUnitDatesNotice is { } notice) await stdout.WriteLineAsync(notice);
        return CliApp.Ok;
    }
}
