using ParPlan.Data;
using ParPlan.Hosting;

namespace ParPlan.Features.Operations;

/// <summary>What a CLI verb needs to find the store: its positional arguments and the database options from
/// <c>--data DIR</c>, <c>--Database:Provider=…</c>, <c>--ConnectionStrings:Postgres=…</c> and environment variables;
/// <see cref="Settings"/> holds the other <c>--name value</c> options.</summary>
public sealed record CliData(IReadOnlyList<string> Positional, DatabaseOptions Database, IConfiguration Settings)
{
    public static CliData Parse(string[] args)
    {
        var normalized = CommandLineArgs.Normalize(args);
        var positional = normalized.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(normalized.Skip(positional.Count).ToArray())
            .Build();
        return new CliData(positional, DatabaseOptions.FromConfiguration(configuration), configuration);
    }
}
