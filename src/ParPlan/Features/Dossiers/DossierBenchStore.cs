using System.Globalization;
using ParPlan.Features.Audit;
using ParPlan.Features.Demo;
using ParPlan.Hosting;

namespace ParPlan.Features.Dossiers;

/// <summary>Hidden verbs for <c>scripts/bench-dossiers.sh</c>, which times the real <c>parplan dossiers import</c>
/// process: <c>bench store --data DIR</c> makes a store holding the demo province's organisation and no dossier, and
/// <c>bench board --year YYYY --data DIR</c> prints the province board's response time (first call and median of six)
/// on a store as the imports left it. Both take the usual store settings (<c>--Database:Provider</c> …).</summary>
public static class DossierBenchStore
{
    public static async Task<int> StoreAsync(string[] args)
    {
        await using var services = await CliStore.OpenAsync(CommandLineArgs.Parse(args).Settings);
        using var actor = AuditActor.Begin("bench");
        await using var scope = services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<DemoOrganisation>(scope.ServiceProvider).BuildAsync(CancellationToken.None);
        return 0;
    }

    public static async Task<int> BoardAsync(string[] args)
    {
        var config = CommandLineArgs.Parse(args).Settings;
        var year = int.TryParse(config["year"], out var y) ? y : 2025;
        await using var services = await CliStore.OpenAsync(config);
        var (first, median) = await DossierBench.BoardTimesAsync(services, year);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"board_first_ms={first:0} board_median_ms={median:0}"));
        return 0;
    }
}
