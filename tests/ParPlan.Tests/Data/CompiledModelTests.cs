using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Tests;
using ParPlan.Data;

namespace ParPlan.Tests.Data;

/// <summary>The compiled models (<c>Data/CompiledModels</c>, what the app, the CLI and the tests run on) must be exactly
/// what <c>dotnet ef dbcontext optimize</c> generates from today's model: these tests generate them again in memory, the
/// way the tool does, and compare every file. When one fails, run <c>scripts/regenerate-initial-migration.sh</c>.</summary>
public class CompiledModelTests
{
    [Fact]
    public void The_sqlite_compiled_model_is_what_the_model_generates_today()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        AssertCurrent(db, "Sqlite");
    }

    [Fact]
    public void The_postgres_compiled_model_is_what_the_model_generates_today()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        AssertCurrent(db, "Postgres");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_store_runs_on_the_compiled_model(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var model = await database.InScopeAsync(sp => Task.FromResult(sp.Db().Model));

        Assert.IsType(provider == TestDatabase.Postgres
            ? typeof(ParPlan.Data.CompiledModels.Postgres.PostgresAppDbContextModel)
            : typeof(ParPlan.Data.CompiledModels.Sqlite.SqliteAppDbContextModel), model);
    }

    /// <summary>The text without what differs from one generation to the next: the model's id is a new Guid each time.</summary>
    private static string Comparable(string code) =>
        System.Text.RegularExpressions.Regex.Replace(code.ReplaceLineEndings(), @"modelId: new Guid\(""[0-9a-f-]+""\)", "modelId: new Guid()");

    private static void AssertCurrent(DbContext db, string provider)
    {
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = db.GetType(),
            ModelNamespace = $"ParPlan.Data.CompiledModels.{provider}",
            Language = "C#",
            UseNullableReferenceTypes = true,
        };
#pragma warning disable EF1001 // The tool's own way to assemble the design-time services.
        var services = new DesignTimeServicesBuilder(typeof(AppDbContext).Assembly, typeof(AppDbContext).Assembly, new OperationReporter(null), [])
            .Build(db);
#pragma warning restore EF1001
        var generated = services.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options)
            .GenerateModel(db.GetService<IDesignTimeModel>().Model, options)
            .ToDictionary(f => f.Path, f => f.Code, StringComparer.Ordinal);
        var folder = Path.Combine(RepoPaths.Root, "src", "ParPlan", "Data", "CompiledModels", provider);
        var committed = Directory.EnumerateFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

        Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), committed.Keys.Order(StringComparer.Ordinal));
        var stale = generated.Where(g => Comparable(g.Value) != Comparable(committed[g.Key])).Select(g => g.Key).ToList();
        Assert.True(stale.Count == 0, $"The {provider} compiled model is stale ({string.Join(", ", stale)}): run scripts/regenerate-initial-migration.sh.");
    }
}
