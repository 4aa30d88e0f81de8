namespace ParPlan.Hosting;

/// <summary>The one parser of the command line, for <c>serve</c> and every CLI verb. It turns the contract's flags into
/// configuration keys the ASP.NET Core command-line provider understands: <c>--data DIR</c> → <c>Data:Directory</c>,
/// <c>--demo</c> (no value) → <c>Demo:Enabled=true</c>.</summary>
public static class CommandLineArgs
{
    /// <summary>A verb's arguments: the positional ones up to the first <c>--option</c>, and the settings from
    /// appsettings.json beside the binary, environment variables and the <c>--name value</c> options (as the web app
    /// reads them).</summary>
    public static CliArguments Parse(string[] args)
    {
        var normalized = Normalize(args);
        var positional = normalized.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(normalized.Skip(positional.Count).ToArray())
            .Build();
        return new CliArguments(positional, settings);
    }

    public static string[] Normalize(string[] args)
    {
        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--demo")
            {
                result.Add("--Demo:Enabled=true");
            }
            else if (arg == "--data" && i + 1 < args.Length)
            {
                result.Add($"--Data:Directory={args[++i]}");
            }
            else if (arg.StartsWith("--data=", StringComparison.Ordinal))
            {
                result.Add($"--Data:Directory={arg["--data=".Length..]}");
            }
            else
            {
                result.Add(arg);
            }
        }

        return [.. result];
    }

    /// <summary>The value of <c>--name VALUE</c> or <c>--name=VALUE</c>, if present.</summary>
    public static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == name && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
        }

        return null;
    }
}
