using ParPlan.Cli;
using ParPlan.Core.Dossiers;
using ParPlan.Features.Dossiers;
using ParPlan.Hosting;

namespace ParPlan.Features.Demo;

/// <summary>The CLI verb of cli.md <c>demo dossiers --count N --year YYYY --out FILE [--seed S]</c>: a synthetic dossier
/// file for the demo province (no store needed).</summary>
public static class DemoCli
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var cli = CommandLineArgs.Parse(args);
        var (positional, config) = (cli.Positional, cli.Settings);
        if (positional.Count != 1 || positional[0] != "dossiers" || !int.TryParse(config["count"], out var count) || count < 0
            || !int.TryParse(config["year"], out var year) || config["out"] is not { Length: > 0 } output)
        {
            await stderr.WriteLineAsync("Cách dùng: parplan demo dossiers --count N --year YYYY --out FILE [--seed S] [--until dd/MM/yyyy]");
            return CliApp.BadInput;
        }

        var seed = ulong.TryParse(config["seed"], out var s) ? s : 1UL;
        DateTime? until = null;
        if (config["until"] is { Length: > 0 } text)
        {
            if (!DateOnly.TryParseExact(text, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                await stderr.WriteLineAsync($"--until phải là một ngày dạng dd/MM/yyyy; đang là '{text}'.");
                return CliApp.BadInput;
            }

            until = day.ToDateTime(new TimeOnly(23, 59));
        }

        await using (var file = File.Create(Path.GetFullPath(output)))
        {
            SyntheticDossiers.Write(file, new SyntheticDossierOptions
            {
                Count = count, Year = year, Seed = seed, UnitCodes = DemoDossierUnits.Codes(year), ExportedAtLocal = until,
            });
        }

        await stdout.WriteLineAsync($"Đã ghi {count} hồ sơ năm {year} vào {Path.GetFullPath(output)}.");
        return CliApp.Ok;
    }
}
