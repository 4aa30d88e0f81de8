using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParPlan.Data;
using ParPlan.Features.Cascade;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Hosting;

namespace ParPlan.Benchmarks;

/// <summary>
/// `--coverage`: the coverage matrix of a province plan of 60 tasks × 150 communes (target ≤ 300 ms), read through
/// <see cref="CascadeQueries.CoverageAsync"/> on a fresh SQLite store: every task assigned to every commune (9,000
/// assignments), every commune with a child plan whose 60 tasks are linked (9,000 child tasks).
/// </summary>
public static class CoverageBench
{
    public const int Tasks = 60, Communes = 150;

    public static async Task RunAsync()
    {
        var folder = Directory.CreateTempSubdirectory("parplan-coverage-");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["Data:Directory"] = folder.FullName,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System).AddParPlanServices(configuration).BuildServiceProvider();
        await DatabaseInitializer.MigrateAsync(services, DatabaseOptions.FromConfiguration(configuration), CancellationToken.None);
        var seeding = Stopwatch.StartNew();
        var planId = await SeedAsync(services, "B", Tasks, Communes);
        Console.WriteLine($"seeded {Tasks * Communes:N0} assignments and {Tasks * Communes:N0} linked child tasks in {seeding.Elapsed.TotalSeconds:0.0} s");

        // The process's first read pays for compiling the queries whatever the plan's size: measured on a one-task plan
        // of a one-commune province first, so the runs below show what the size costs.
        var small = await SeedAsync(services, "S", 1, 1);
        await using (var scope = services.CreateAsyncScope())
        {
            var sw = Stopwatch.StartNew();
            _ = await scope.ServiceProvider.GetRequiredService<CascadeQueries>().CoverageAsync(small);
            Console.WriteLine($"  first read in the process (1 task × 1 commune): {sw.Elapsed.TotalMilliseconds:0} ms");
        }

        var times = new List<double>();
        for (var run = 0; run < 8; run++)
        {
            await using var scope = services.CreateAsyncScope();
            var sw = Stopwatch.StartNew();
            var view = await scope.ServiceProvider.GetRequiredService<CascadeQueries>().CoverageAsync(planId);
            sw.Stop();
            if (view!.Matrix.Tasks.Count != Tasks || view.Matrix.Governments.Count != Communes)
            {
                throw new InvalidOperationException("The matrix does not have the seeded size.");
            }

            times.Add(sw.Elapsed.TotalMilliseconds);
            Console.WriteLine($"  run {run + 1} ({Tasks} tasks × {Communes} communes): {sw.Elapsed.TotalMilliseconds:0} ms");
        }

        var first = times[0];
        times.Sort();
        Console.WriteLine($"coverage matrix {Tasks} tasks × {Communes} communes: first {first:0} ms, median of 8 {times[times.Count / 2]:0} ms, best {times[0]:0} ms, worst {times[^1]:0} ms (target ≤ 300 ms)");
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private static async Task<Guid> SeedAsync(IServiceProvider services, string code, int taskCount, int communeCount)
    {
        var province = new Unit { Code = code, Name = "UBND tỉnh", Kind = UnitKind.ProvinceGovernment, Level = UnitLevel.Province };
        var communes = Enumerable.Range(1, communeCount).Select(i => new Unit { Code = $"{code}.X{i}", Name = $"UBND xã số {i}", Kind = UnitKind.CommuneGovernment, Level = UnitLevel.Commune }).ToList();
        var year = DateTime.UtcNow.Year;
        Plan NewPlan(Guid government, Guid? parent) => new()
        {
            GovernmentId = government, Title = "Kế hoạch CCHC", Number = "1/KH-UBND", Status = PlanStatus.Issued, IssuedOn = new DateOnly(year, 1, 10),
            PeriodFrom = new DateOnly(year, 1, 1), PeriodTo = new DateOnly(year, 12, 31), ParentPlanId = parent,
        };
        var plan = NewPlan(province.Id, null);
        var parentTasks = Enumerable.Range(1, taskCount).Select(i => new PlanTask { PlanId = plan.Id, Ref = $"{i % 8 + 1}.{i}", Order = i, AreaCode = "direction", Title = $"Nhiệm vụ {i}" }).ToList();
        await SaveAsync(services, [province, .. communes, .. communes.Select(c => new UnitParent { UnitId = c.Id, ParentId = province.Id }), plan, .. parentTasks]);
        foreach (var c in communes)
        {
            // One batch per commune, each in a fresh context, as an import would write them.
            var child = NewPlan(c.Id, plan.Id);
            await SaveAsync(services,
            [
                .. parentTasks.Select(t => new TaskAssignment { TaskId = t.Id, UnitId = c.Id, Role = AssignmentRole.Lead }),
                child,
                .. parentTasks.Select((t, i) => new PlanTask
                {
                    PlanId = child.Id, Ref = t.Ref, Order = i, AreaCode = t.AreaCode, Title = t.Title, ParentTaskId = t.Id,
                    Status = i % 3 == 0 ? PlanTaskStatus.Done : PlanTaskStatus.InProgress,
                }),
            ]);
        }

        return plan.Id;
    }

    private static async Task SaveAsync(IServiceProvider services, IReadOnlyList<object> entities)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }
}
