using ParPlan.Data;

namespace ParPlan.Hosting;

/// <summary>A CLI verb's arguments as <see cref="CommandLineArgs.Parse"/> reads them: the positional arguments, the
/// settings (<c>--name value</c> options, environment, appsettings.json) and the store they name.</summary>
public sealed record CliArguments(IReadOnlyList<string> Positional, IConfiguration Settings)
{
    /// <summary>The store: <c>--data DIR</c>, <c>--Database:Provider=…</c>, <c>--ConnectionStrings:Postgres=…</c>.</summary>
    public DatabaseOptions Database { get; } = DatabaseOptions.FromConfiguration(Settings);

    /// <summary>The value of the option <c>--name</c> (<c>this["source"]</c>) or of any setting.</summary>
    public string? this[string key] => Settings[key];
}
