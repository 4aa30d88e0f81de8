using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ParPlan.Data;

/// <summary>The migrations this build applies, per provider, named here instead of found by EF's scan of every type of
/// the assembly (a tenth of a CLI verb's start). Until the first release each provider has one "Initial"; a migration
/// added later is added to its list (<c>MigrationCheckTests</c> fails until it is).</summary>
public static class StoreMigrations
{
    // By name, not typeof: scripts/regenerate-initial-migration.sh builds the app with its migrations deleted.
    private static readonly IReadOnlyList<string> Sqlite = Ids("ParPlan.Data.Migrations.Sqlite.Initial");

    private static readonly IReadOnlyList<string> Postgres = Ids("ParPlan.Data.Migrations.Postgres.Initial");

    /// <summary>The migration ids of <paramref name="provider"/>, in the order they apply.</summary>
    public static IReadOnlyList<string> Known(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres : Sqlite;

    private static string[] Ids(params string[] migrations) =>
        migrations.Select(name => typeof(StoreMigrations).Assembly.GetType(name)).OfType<Type>()
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()!.Id).Order(StringComparer.Ordinal).ToArray();
}
