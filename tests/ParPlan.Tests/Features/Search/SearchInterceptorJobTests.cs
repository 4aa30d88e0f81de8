using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Features.Search;
using ParPlan.Features.Tasks;

namespace ParPlan.Tests.Features.Search;

/// <summary>The board generation is process-wide: these tests run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(SerialBoardGeneration), DisableParallelization = true)]
public sealed class SerialBoardGeneration;

[Collection(nameof(SerialBoardGeneration))]
public sealed class SearchInterceptorJobTests
{
    [Fact]
    public async Task The_search_interceptor_indexes_a_task_without_bumping_the_task_board_generation()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = Context(connection, new SearchIndexInterceptor());
        await db.Database.EnsureCreatedAsync();
        var before = BoardGeneration.Current;

        var taskId = await AddTaskAsync(db);

        Assert.Equal(before, BoardGeneration.Current);
        Assert.True(await db.Set<SearchEntry>().AnyAsync(s => s.Id == taskId));
    }

    [Fact]
    public async Task The_board_generation_interceptor_bumps_the_generation_and_writes_no_search_entry()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = Context(connection, new BoardGenerationInterceptor());
        await db.Database.EnsureCreatedAsync();
        var before = BoardGeneration.Current;

        var taskId = await AddTaskAsync(db);

        Assert.True(BoardGeneration.Current > before);
        Assert.False(await db.Set<SearchEntry>().AnyAsync(s => s.Id == taskId));
    }

    private static SqliteAppDbContext Context(SqliteConnection connection, IInterceptor interceptor) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).AddInterceptors(interceptor).Options);

    private static async Task<Guid> AddTaskAsync(AppDbContext db)
    {
        var unit = new Unit { Code = "S" + Guid.NewGuid().ToString("N")[..6], Name = "UBND xã Thử", Kind = UnitKind.CommuneGovernment, Level = UnitLevel.Commune };
        var plan = new Plan { GovernmentId = unit.Id, Title = "Kế hoạch CCHC", PeriodFrom = new DateOnly(2026, 1, 1), PeriodTo = new DateOnly(2026, 12, 31) };
        var task = new PlanTask { PlanId = plan.Id, Ref = "1.1", Title = "Cải cách thủ tục hành chính" };
        db.AddRange(unit, plan, task);
        await db.SaveChangesAsync();
        return task.Id;
    }
}
