using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using GovernmentLevel = ParPlan.Core.Plans.GovernmentLevel;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>A task of an issued plan with its task-level deadline (the plan government's level, periods reported by any unit).</summary>
public sealed record BoardTask(Guid Id, Guid PlanId, string PlanTitle, Guid GovernmentId, string Ref, string Title, string? AreaCode,
    PlanTaskStatus Status, int Percent, DateOnly? DueDate, bool Overdue, int OverdueDays, DateOnly? NextDue,
    IReadOnlyList<Guid> LeadUnitIds, IReadOnlyList<Guid> SupportUnitIds, DateOnly PeriodFrom, DateOnly PeriodTo);

/// <summary>Bumped whenever plans, tasks, assignments, triggers or progress change (by the search-index interceptor),
/// so the computed board can be cached between changes.</summary>
public static class BoardGeneration
{
    private static long value;

    public static long Current => Interlocked.Read(ref value);

    public static void Bump() => Interlocked.Increment(ref value);
}

/// <summary>Every task of the issued plans of some governments, with computed deadlines; cached per day and change generation.</summary>
public sealed class TaskBoard(AppDbContext db, TaskQueries queries, IMemoryCache cache)
{
    public async Task<IReadOnlyList<BoardTask>> LoadAsync(DateOnly today, CancellationToken ct = default)
    {
        var key = ("board", today, BoardGeneration.Current);
        if (cache.TryGetValue(key, out IReadOnlyList<BoardTask>? cached) && cached is not null)
        {
            return cached;
        }

        var board = await ComputeAsync(today, ct);
        cache.Set(key, board, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5), Size = 1 });
        return board;
    }

    /// <summary>The board limited to plans whose government is in <paramref name="governments"/> (null: all).</summary>
    public async Task<IReadOnlyList<BoardTask>> LoadAsync(DateOnly today, IReadOnlySet<Guid>? governments, CancellationToken ct = default)
    {
        var all = await LoadAsync(today, ct);
        return governments is null ? all : all.Where(t => governments.Contains(t.GovernmentId)).ToList();
    }

    private async Task<IReadOnlyList<BoardTask>> ComputeAsync(DateOnly today, CancellationToken ct)
    {
        var rows = await (from t in db.Set<PlanTask>().AsNoTracking()
                          join p in db.Set<Plan>() on t.PlanId equals p.Id
                          where p.Status != PlanStatus.Draft
                          orderby p.PeriodFrom, t.Order
                          select new
                          {
                              t.Id, t.PlanId, PlanTitle = p.Title, p.GovernmentId, t.Ref, t.Title, t.AreaCode, t.Status, t.Percent,
                              t.ScheduleJson, t.DueDate, p.PeriodFrom, p.PeriodTo,
                          }).ToListAsync(ct);
        var assignments = await (from a in db.Set<TaskAssignment>().AsNoTracking()
                                 join t in db.Set<PlanTask>() on a.TaskId equals t.Id
                                 join p in db.Set<Plan>() on t.PlanId equals p.Id
                                 where p.Status != PlanStatus.Draft
                                 select new { a.TaskId, a.UnitId, a.Role }).ToListAsync(ct);
        var byTask = assignments.ToLookup(a => a.TaskId);
        var levels = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Level }).ToDictionaryAsync(u => u.Id, u => u.Level, ct);
        var triggers = await queries.TriggersAsync(rows.Select(r => r.Id).ToList(), ct);
        var periods = await AllReportedPeriodsAsync(ct);
        var result = new List<BoardTask>(rows.Count);
        foreach (var r in rows)
        {
            var level = levels.TryGetValue(r.GovernmentId, out var l) ? TaskDeadlines.LevelOf(l) : GovernmentLevel.Unknown;
            var timing = new TaskTiming(r.ScheduleJson, r.PeriodFrom, r.PeriodTo, r.Status, r.DueDate, triggers.GetValueOrDefault(r.Id),
                periods.GetValueOrDefault(r.Id));
            var occurrences = TaskDeadlines.Occurrences(timing, level);
            var due = Core.Tasks.DueStatus.Evaluate(occurrences, today, TaskDeadlines.IsClosed(r.Status), timing.ReportedPeriods);
            var next = TaskDeadlines.IsClosed(r.Status) ? null : Core.Tasks.DueStatus.NextDue(occurrences, today, timing.ReportedPeriods);
            var units = byTask[r.Id].ToList();
            result.Add(new BoardTask(r.Id, r.PlanId, r.PlanTitle, r.GovernmentId, r.Ref, r.Title, r.AreaCode, r.Status, r.Percent,
                due.DueDate, due.Overdue, due.OverdueDays, next,
                units.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.UnitId).ToList(),
                units.Where(a => a.Role == AssignmentRole.Support).Select(a => a.UnitId).ToList(), r.PeriodFrom, r.PeriodTo));
        }

        return result;
    }

    private async Task<Dictionary<Guid, IReadOnlySet<string>>> AllReportedPeriodsAsync(CancellationToken ct)
    {
        var rows = await db.Set<ProgressEntry>().AsNoTracking().Where(e => e.Period != null)
            .Select(e => new { e.TaskId, e.Period }).Distinct().ToListAsync(ct);
        return rows.GroupBy(r => r.TaskId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.Period!).ToHashSet());
    }
}
