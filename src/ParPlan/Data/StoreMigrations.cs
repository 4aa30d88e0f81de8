namespace ParPlan.Data;

/// <summary>The migrations this build applies, per provider, named here instead of found by EF's scan of every type of
/// the assembly (a tenth of a CLI verb's start). Their ids come from the migrations' file names, compiled in at build time
/// (<c>StoreMigrationFiles</c>, written by the project file), so the migrations check at every start loads no EF Core and
/// reads no attribute. Until the first release each provider has one "Initial"; a regenerated or added migration is picked
/// up by the next build (<c>MigrationCheckTests</c> checks the names against the migrations EF finds).</summary>
public static class StoreMigrations
{
    private const string DesignerSuffix = ".Designer";

    private static readonly IReadOnlyList<string> Sqlite = Ids("Sqlite");

    private static readonly IReadOnlyList<string> Postgres = Ids("Postgres");

    /// <summary>The migration ids of <paramref name="provider"/>, in the order they apply.</summary>
    public static IReadOnlyList<string> Known(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres : Sqlite;

    /// <summary>"Sqlite/20261206192910_Initial.Designer" → "20261206192910_Initial" for the provider's folder.</summary>
    private static string[] Ids(string folder) =>
        StoreMigrationFiles.Names.Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal) && n.EndsWith(DesignerSuffix, StringComparison.Ordinal))
            .Select(n => n[(folder.Length + 1)..^DesignerSuffix.Length]).Order(StringComparer.Ordinal).ToArray();
}
