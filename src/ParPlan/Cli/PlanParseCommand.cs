using System.Text;
using ParPlan.Core.Plans;

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

        var outcome = PlanParseRunner.Run(args[1..]);
        await WriteAsync(Console.OpenStandardOutput(), outcome.Stdout);
        await WriteAsync(Console.OpenStandardError(), outcome.Stderr);
        return outcome.ExitCode;
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
