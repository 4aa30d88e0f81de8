using System.Text;
using Microsoft.Extensions.Options;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Infrastructure;

namespace ParPlan.Cli;

/// <summary><c>parplan plan parse FILE [--year YYYY] --json</c>: one JSON document on stdout (UTF-8, no BOM), diagnostics on stderr.</summary>
public static class PlanParseCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "parse")
        {
            await WriteAsync(Console.OpenStandardError(), PlanParseRunner.Usage + "\n");
            return CliApp.BadInput;
        }

        DocumentLimits limits;
        try
        {
            limits = Limits(args[1..]);
        }
        catch (OptionsValidationException ex)
        {
            await WriteAsync(Console.OpenStandardError(), "Cấu hình không hợp lệ:\n" + string.Concat(ex.Failures.Select(f => "  - " + f + "\n")));
            return CliApp.BadInput;
        }

        var outcome = PlanParseRunner.Run(args[1..], limits);
        await WriteAsync(Console.OpenStandardOutput(), outcome.Stdout);
        await WriteAsync(Console.OpenStandardError(), outcome.Stderr);
        return outcome.ExitCode;
    }

    /// <summary>The same <c>Uploads</c> and <c>Plans:Import:MaxBytes</c> settings as the web import (appsettings.json,
    /// environment, <c>--Uploads:Word:MaxUncompressedBytes=…</c>), checked the same way.</summary>
    private static DocumentLimits Limits(string[] args)
    {
        var config = Hosting.CommandLineArgs.Parse(args).Settings;
        var services = new ServiceCollection().AddSingleton<IConfiguration>(config);
        services.AddOptions<Features.Plans.PlanImportOptions>().BindConfiguration(Features.Plans.PlanImportOptions.Section);
        services.AddUploadLimits();
        using var provider = services.BuildServiceProvider();
        var maxBytes = provider.GetRequiredService<IOptions<Features.Plans.PlanImportOptions>>().Value.MaxBytes;
        return provider.GetRequiredService<IOptions<UploadLimitsOptions>>().Value.ForPlans(Math.Max(maxBytes, DocumentLimits.Defaults.MaxFileBytes));
    }

    private static async Task WriteAsync(Stream stream, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var bytes = new UTF8Encoding(false).GetBytes(text);
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }
}
