using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using GovernmentLevel = ParPlan.Core.Plans.GovernmentLevel;
using ParPlan.Core.Calendar;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>Read side of tasks: "my tasks" of the user's unit and one task's detail, with computed deadlines.</summary>
public sealed class TaskQueries(AppDbContext db, IUnitScope scope, IOrgTree tree, Microsoft.Extensions.Caching.Memory.IMemoryCache cache,
    WorkingCalendar calendar)
{
    /// <summary><see cref="MineAsync"/> cached per unit, day and data generation.</summary>
    public Task<IReadOnlyList<MyTaskItem>> MineCachedAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var (generation, expires) = BoardGeneration.Snapshot();
        var key = ("mine", CurrentUser.From(user)?.UnitId, scope.Today, generation);
        return cache.GetOrComputeAsync(key, expires, TimeSpan.FromMinutes(5), () => MineAsync(user, CancellationToken.None));
    }

    public async Task<IReadOnlyList<MyTaskItem>> MineAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (CurrentUser.From(user)?.UnitId is not { } unitId)
        {
            return [];
        }

        var today = scope.Today;
        var level = await LevelForDeadlinesAsync(unitId, today, ct);
        var rows = await (from a in db.Set<TaskAssignment>().AsNoTracking()
                          where a.UnitId == unitId
                          join t in db.Set<PlanTask>() on a.TaskId equals t.Id
                          join p in db.Set<Plan>() on t.PlanId equals p.Id
                          where p.Status != PlanStatus.Draft
                          orderby p.PeriodFrom, t.Order
                          select new
                          {
                              t.Id, t.PlanId, PlanTitle = p.Title, t.Ref, t.Title, t.AreaCode, a.Role, t.Status, t.Percent, t.Version,
                              t.ScheduleText, t.ScheduleJson, t.DueDate, p.PeriodFrom, p.PeriodTo,
                          }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).Distinct().ToList();
        var triggers = await TriggersAsync(ids, ct);
        var periods = await ReportedPeriodsAsync(ids, unitId, ct);
        var result = new List<MyTaskItem>(rows.Count);
        foreach (var r in rows.DistinctBy(r => r.Id))
        {
            var timing = new TaskTiming(r.ScheduleJson, r.PeriodFrom, r.PeriodTo, r.Status, r.DueDate, triggers.GetValueOrDefault(r.Id),
                periods.GetValueOrDefault(r.Id));
            var due = TaskDeadlines.Evaluate(timing, level, today, calendar);
            result.Add(new MyTaskItem(r.Id, r.PlanId, r.PlanTitle, r.Ref, r.Title, r.AreaCode, r.Role == AssignmentRole.Lead ? "lead" : "support",
                r.Status.ToText(), r.Percent, r.Version, r.ScheduleText, due.DueDate, due.Overdue, due.Current?.Key));
        }

        return result;
    }

    /// <summary>The task when the user may read it; null otherwise (its existence is not revealed).</summary>
    public async Task<TaskDetail?> DetailAsync(ClaimsPrincipal user, Guid taskId, CancellationToken ct = default)
    {
        var t = await (from task in db.Set<PlanTask>().AsNoTracking()
                       where task.Id == taskId
                       join p in db.Set<Plan>() on task.PlanId equals p.Id
                       select new { task, PlanTitle = p.Title, p.GovernmentId, p.PeriodFrom, p.PeriodTo }).FirstOrDefaultAsync(ct);
        if (t is null)
        {
            return null;
        }

        var units = await (from a in db.Set<TaskAssignment>().AsNoTracking()
                           where a.TaskId == taskId
                           join u in db.Units on a.UnitId equals u.Id
                           select new AssignedUnit(u.Id, u.Name, a.Role == AssignmentRole.Lead ? "lead" : "support")).ToListAsync(ct);
        var unitIds = units.Select(u => u.UnitId).ToList();
        if (!await scope.AllowsTaskAsync(user, ScopeAction.Read, t.GovernmentId, unitIds, ct: ct))
        {
            return null;
        }

        var canWrite = await scope.AllowsTaskAsync(user, ScopeAction.Write, t.GovernmentId, unitIds, ct: ct);
        var me = CurrentUser.From(user);
        var canClose = canWrite && (me?.Role != Roles.UnitOfficer || units.Any(u => u.UnitId == me.UnitId && u.Role == "lead"));
        var progress = await (from e in db.Set<ProgressEntry>().AsNoTracking()
                              where e.TaskId == taskId
                              join u in db.Units on e.UnitId equals u.Id
                              orderby e.CreatedAt descending
                              select new ProgressItem(e.Id, e.UnitId, u.Name, e.Status.ToText(), e.Percent, e.Note, e.Period, e.CreatedBy, e.CreatedAt))
            .ToListAsync(ct);
        var evidence = await db.Set<Evidence>().AsNoTracking().Where(e => e.TaskId == taskId).OrderByDescending(e => e.CreatedAt)
            .Select(e => new EvidenceItem(e.Id, e.UnitId, e.Title, e.DocumentNumber, e.DocumentDate, e.FileName, e.Size, e.Link, e.CreatedBy, e.CreatedAt))
            .ToListAsync(ct);
        var today = scope.Today;
        var lead = units.FirstOrDefault(u => u.Role == "lead")?.UnitId ?? t.GovernmentId;
        var level = await LevelForDeadlinesAsync(me?.UnitId is { } mine && unitIds.Contains(mine) ? mine : lead, today, ct);
        var trigger = (await TriggersAsync([taskId], ct)).GetValueOrDefault(taskId);
        var reported = progress.Where(p => p.Period is not null).Select(p => p.Period!).ToHashSet();
        var due = TaskDeadlines.Evaluate(new TaskTiming(t.task.ScheduleJson, t.PeriodFrom, t.PeriodTo, t.task.Status, t.task.DueDate, trigger, reported),
            level, today, calendar);
        return new TaskDetail(t.task.Id, t.task.PlanId, t.PlanTitle, t.GovernmentId, t.task.Ref, t.task.Title, t.task.AreaCode, t.task.ScheduleText,
            t.task.Status.ToText(), t.task.Percent, t.task.Version, due.DueDate, due.Overdue, due.Current?.Key, units, progress, evidence,
            canWrite, canClose);
    }

    /// <summary>The level a unit's per-level deadlines resolve to: a government's own level, an agency's government's level.</summary>
    public async Task<GovernmentLevel> LevelForDeadlinesAsync(Guid unitId, DateOnly today, CancellationToken ct = default)
    {
        var government = await tree.GovernmentOfAsync(unitId, today, ct) ?? unitId;
        var level = await db.Units.AsNoTracking().Where(u => u.Id == government).Select(u => (UnitLevel?)u.Level).FirstOrDefaultAsync(ct);
        return level is { } l ? TaskDeadlines.LevelOf(l) : GovernmentLevel.Unknown;
    }

    public async Task<Dictionary<Guid, Core.Tasks.TriggerRecord>> TriggersAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct)
    {
        var events = await db.Set<TriggerEvent>().AsNoTracking()
            .Where(e => e.TaskId != null && e.OccurredOn != null && taskIds.Contains(e.TaskId.Value))
            .Select(e => new { TaskId = e.TaskId!.Value, e.OccurredOn, e.DueDate, e.RecordedAt }).ToListAsync(ct);
        return events.GroupBy(e => e.TaskId).ToDictionary(g => g.Key, g =>
        {
            var last = g.OrderBy(e => e.RecordedAt).Last();
            return new Core.Tasks.TriggerRecord(last.OccurredOn!.Value, last.DueDate);
        });
    }

    public async Task<Dictionary<Guid, IReadOnlySet<string>>> ReportedPeriodsAsync(IReadOnlyCollection<Guid> taskIds, Guid? unitId, CancellationToken ct)
    {
        var rows = await db.Set<ProgressEntry>().AsNoTracking()
            .Where(e => taskIds.Contains(e.TaskId) && e.Period != null && (unitId == null || e.UnitId == unitId))
            .Select(e => new { e.TaskId, e.Period }).Distinct().ToListAsync(ct);
        return rows.GroupBy(r => r.TaskId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.Period!).ToHashSet());
    }
}
