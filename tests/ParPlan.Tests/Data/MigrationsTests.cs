using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Tests.Data;

/// <summary>Fails when the model changed without a migration: regenerate "Initial" for both providers
/// (see docs/operations.md). Needs no database server.</summary>
public class MigrationsTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a SQLite migration.");
        Assert.Single(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a PostgreSQL migration.");
        Assert.Single(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_fresh_store_is_fully_migrated(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var pending = await database.InScopeAsync(sp => sp.Db().Database.GetPendingMigrationsAsync());
        var applied = await database.InScopeAsync(sp => sp.Db().Database.GetAppliedMigrationsAsync());

        Assert.Empty(pending);
        Assert.Single(applied);
    }
}
