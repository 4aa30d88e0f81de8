using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using GovernmentLevel = ParPlan.Core.Plans.GovernmentLevel;
using ParPlan.Core.Calendar;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>Every task of the issued plans of some governments, with computed deadlines; cached per day and change generation.</summary>
public sealed class TaskBoard(AppDbContext db, TaskQueries queries, IMemoryCache cache, WorkingCalendar calendar)
{
    public Task<IReadOnlyList<BoardTask>> LoadAsync(DateOnly today, CancellationToken ct = default)
    {
        var (generation, expires) = BoardGeneration.Snapshot();
        return cache.GetOrComputeAsync(("board", today, generation), expires, TimeSpan.FromMinutes(5), () => ComputeAsync(today, CancellationToken.None));
    }

    /// <summary>The board limited to plans whose government is in <paramref name="governments"/> (null: all).</summary>
    public async Task<IReadOnlyList<BoardTask>> LoadAsync(DateOnly today, IReadOnlySet<Guid>? governments, CancellationToken ct = default)
    {
        var all = await LoadAsync(today, ct);
        return governments is null ? all : all.Where(t => governments.Contains(t.GovernmentId)).ToList();
    }

    /// <summary>What progress reports leave alone: the tasks of issued plans, their units and their occurrences.</summary>
    private sealed record Skeleton(BoardTask Task, IReadOnlyList<Core.Tasks.TaskOccurrence> Occurrences);

    /// <summary>The progress side of the board at a generation: each task's status and percent, and the periods reported.</summary>
    private sealed record ProgressState(long Generation, Dictionary<Guid, (PlanTaskStatus Status, int Percent)> Tasks,
        Dictionary<Guid, IReadOnlySet<string>> Periods);

    private async Task<IReadOnlyList<BoardTask>> ComputeAsync(DateOnly today, CancellationToken ct)
    {
        var (structureGeneration, structureExpires) = BoardGeneration.StructureSnapshot();
        var skeletons = await cache.GetOrComputeAsync(("board-structure", structureGeneration), structureExpires, TimeSpan.FromMinutes(5),
            () => SkeletonsAsync(CancellationToken.None));
        var state = await ProgressAsync(ct);
        var result = new List<BoardTask>(skeletons.Count);
        foreach (var (task, occurrences) in skeletons)
        {
            if (!state.Tasks.TryGetValue(task.Id, out var now))
            {
                continue;
            }

            var closed = TaskDeadlines.IsClosed(now.Status);
            var reported = state.Periods.GetValueOrDefault(task.Id);
            var due = Core.Tasks.DueStatus.Evaluate(occurrences, today, closed, reported);
            var next = closed ? null : Core.Tasks.DueStatus.NextDue(occurrences, today, reported);
            result.Add(task with { Status = now.Status, Percent = now.Percent, DueDate = due.DueDate, Overdue = due.Overdue,
                OverdueDays = due.OverdueDays, NextDue = next });
        }

        return result;
    }

    /// <summary>The progress state now: the last one brought up to date by re-reading only the tasks that progress reports
    /// touched since, or read whole when anything else changed.</summary>
    private async Task<ProgressState> ProgressAsync(CancellationToken ct)
    {
        const string key = "board-progress";
        var generation = BoardGeneration.Current;
        ProgressState state;
        if (cache.TryGetValue(key, out ProgressState? last) && last is not null && BoardGeneration.TryTouchedSince(last.Generation, out var touched))
        {
            if (touched.Count == 0)
            {
                return last;
            }

            var tasks = new Dictionary<Guid, (PlanTaskStatus, int)>(last.Tasks);
            var periods = new Dictionary<Guid, IReadOnlySet<string>>(last.Periods);
            foreach (var id in touched)
            {
                tasks.Remove(id);
                periods.Remove(id);
            }

            await ReadProgressAsync(tasks, periods, touched, ct);
            state = new ProgressState(generation, tasks, periods);
        }
        else
        {
            state = new ProgressState(generation, [], []);
            await ReadProgressAsync(state.Tasks, state.Periods, null, ct);
        }

        cache.Set(key, state, TimeSpan.FromMinutes(5));
        return state;
    }

    private async Task ReadProgressAsync(Dictionary<Guid, (PlanTaskStatus Status, int Percent)> tasks, Dictionary<Guid, IReadOnlySet<string>> periods,
        IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var taskQuery = from t in db.Set<PlanTask>().AsNoTracking()
                        join p in db.Set<Plan>() on t.PlanId equals p.Id
                        where p.Status != PlanStatus.Draft
                        select new { t.Id, t.Status, t.Percent };
        var entryQuery = db.Set<ProgressEntry>().AsNoTracking().Where(e => e.Period != null);
        if (only is not null)
        {
            taskQuery = taskQuery.Where(t => only.Contains(t.Id));
            entryQuery = entryQuery.Where(e => only.Contains(e.TaskId));
        }

        foreach (var t in await taskQuery.ToListAsync(ct))
        {
            tasks[t.Id] = (t.Status, t.Percent);
        }

        var reported = await entryQuery.Select(e => new { e.TaskId, e.Period }).Distinct().ToListAsync(ct);
        foreach (var g in reported.GroupBy(r => r.TaskId))
        {
            periods[g.Key] = g.Select(r => r.Period!).ToHashSet();
        }
    }

    private async Task<IReadOnlyList<Skeleton>> SkeletonsAsync(CancellationToken ct)
    {
        var rows = await (from t in db.Set<PlanTask>().AsNoTracking()
                          join p in db.Set<Plan>() on t.PlanId equals p.Id
                          where p.Status != PlanStatus.Draft
                          orderby p.PeriodFrom, t.Order
                          select new
                          {
                              t.Id, t.PlanId, PlanTitle = p.Title, p.GovernmentId, t.Ref, t.Title, t.AreaCode, t.ScheduleJson, t.DueDate,
                              p.PeriodFrom, p.PeriodTo,
                          }).ToListAsync(ct);
        var assignments = await (from a in db.Set<TaskAssignment>().AsNoTracking()
                                 join t in db.Set<PlanTask>() on a.TaskId equals t.Id
                                 join p in db.Set<Plan>() on t.PlanId equals p.Id
                                 where p.Status != PlanStatus.Draft
                                 select new { a.TaskId, a.UnitId, a.Role }).ToListAsync(ct);
        var byTask = assignments.ToLookup(a => a.TaskId);
        var levels = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Level }).ToDictionaryAsync(u => u.Id, u => u.Level, ct);
        var triggers = await queries.TriggersAsync(rows.Select(r => r.Id).ToList(), ct);
        var result = new List<Skeleton>(rows.Count);
        foreach (var r in rows)
        {
            var level = levels.TryGetValue(r.GovernmentId, out var l) ? TaskDeadlines.LevelOf(l) : GovernmentLevel.Unknown;
            var timing = new TaskTiming(r.ScheduleJson, r.PeriodFrom, r.PeriodTo, PlanTaskStatus.NotStarted, r.DueDate,
                triggers.GetValueOrDefault(r.Id), null);
            var units = byTask[r.Id].ToList();
            var task = new BoardTask(r.Id, r.PlanId, r.PlanTitle, r.GovernmentId, r.Ref, r.Title, r.AreaCode, PlanTaskStatus.NotStarted, 0,
                null, false, 0, null,
                units.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.UnitId).ToList(),
                units.Where(a => a.Role == AssignmentRole.Support).Select(a => a.UnitId).ToList(), r.PeriodFrom, r.PeriodTo);
            result.Add(new Skeleton(task, TaskDeadlines.Occurrences(timing, level, calendar)));
        }

        return result;
    }

}
