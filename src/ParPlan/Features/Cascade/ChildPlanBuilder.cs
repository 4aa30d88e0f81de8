using System.Text.Json;
using Microsoft.EntityFrameworkCore;

using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using PlanTask = ParPlan.Features.Plans.PlanTask;

namespace ParPlan.Features.Cascade;

/// <summary>A Draft child plan from its parent: the parent's tasks in which the government has a role become its tasks
/// (with <see cref="PlanTask.ParentTaskId"/>), their units mapped to the government's own units, deadlines kept or
/// shifted earlier. The government's mapping choices are remembered (<see cref="ChildUnitMapping"/>).</summary>
public sealed class ChildPlanBuilder(AppDbContext db, PlanReach reach, OrgQueries org, AuditActor actor, TimeProvider time)
{
    public const int MaxShiftDays = 365;

    /// <summary>The units named in the tasks that concern <paramref name="governmentId"/>, each with the own unit proposed.</summary>
    public async Task<Result<IReadOnlyList<UnitMapRow>>> MappingAsync(Guid parentPlanId, Guid governmentId, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        if (await reach.ForAsync(parentPlanId, today, ct) is not { } view)
        {
            return PlanAccess.NotFound();
        }

        if (view.LowerGovernments.All(g => g.Id != governmentId))
        {
            return Error.NotFound("Chính quyền này không trực thuộc cấp ban hành kế hoạch.");
        }

        var own = await org.TreeAsync(today, governmentId, ct);
        var ownIds = own.Select(n => n.Id).ToHashSet();
        var standing = own.FirstOrDefault(n => n.IsStandingAgency)?.Id ?? governmentId;
        var remembered = await db.Set<ChildUnitMapping>().AsNoTracking().Where(m => m.GovernmentId == governmentId)
            .ToDictionaryAsync(m => m.ParentUnitId, m => m.ChildUnitId, ct);
        var taskIds = view.Tasks.Where(t => t.Governments.Contains(governmentId)).Select(t => t.Id).ToList();
        var named = await db.TaskAssignments.AsNoTracking().Where(a => taskIds.Contains(a.TaskId)).Select(a => a.UnitId).Distinct().ToListAsync(ct);
        var kinds = await db.Units.AsNoTracking().Where(u => named.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync(ct);
        var rows = new List<UnitMapRow>();
        foreach (var u in kinds.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            if (view.LowerOf.TryGetValue(u.Id, out var under) && under != governmentId)
            {
                continue; // a sister commune (or one of its units) carries out its own share
            }

            var proposed = ownIds.Contains(u.Id) && u.Id != governmentId ? u.Id
                : remembered.TryGetValue(u.Id, out var r) && ownIds.Contains(r) ? r
                : own.FirstOrDefault(n => n.Kind == u.Kind && n.Kind is UnitKind.OneStopCentre or UnitKind.Office)?.Id ?? standing;
            rows.Add(new UnitMapRow(u.Id, u.Name, proposed, remembered.ContainsKey(u.Id)));
        }

        return rows;
    }

    /// <summary>The government and its units today, in tree order: what the wizard offers to map to.</summary>
    public Task<IReadOnlyList<UnitNode>> OwnUnitsAsync(Guid governmentId, CancellationToken ct = default) =>
        org.TreeAsync(VietnamTime.Today(time), governmentId, ct);

    public async Task<Result<(Guid PlanId, int TaskCount)>> CreateAsync(Guid parentPlanId, ChildPlanDraft draft, CancellationToken ct = default)
    {
        if (draft.ShiftDays is < 0 or > MaxShiftDays)
        {
            return Error.Invalid($"Số ngày làm sớm hơn phải từ 0 đến {MaxShiftDays}.");
        }

        var mapping = await MappingAsync(parentPlanId, draft.GovernmentId, ct);
        if (mapping.Value is not { } rows)
        {
            return mapping.Error!;
        }

        var today = VietnamTime.Today(time);
        var own = (await org.TreeAsync(today, draft.GovernmentId, ct)).ToDictionary(n => n.Id);
        var chosen = rows.ToDictionary(r => r.ParentUnitId, r => draft.Units?.GetValueOrDefault(r.ParentUnitId) is { } c && c != Guid.Empty ? c : r.ChildUnitId);
        if (chosen.Values.Any(c => !own.ContainsKey(c)))
        {
            return Error.Invalid("Chỉ được giao nhiệm vụ cho đơn vị thuộc chính quyền của mình.");
        }

        var parent = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == parentPlanId, ct);
        var parentGovernment = await db.Units.AsNoTracking().Where(u => u.Id == parent.GovernmentId).Select(u => u.Name).FirstAsync(ct);
        var name = own[draft.GovernmentId].Name;
        var now = time.GetUtcNow();
        var user = actor.Current.UserName;
        var plan = new Plan
        {
            GovernmentId = draft.GovernmentId, Status = PlanStatus.Draft, PeriodFrom = parent.PeriodFrom, PeriodTo = parent.PeriodTo, ParentPlanId = parent.Id,
            Title = PlanBuilder.Clip($"Kế hoạch cải cách hành chính năm {parent.PeriodFrom.Year} của {name}", Plan.TitleMax)!,
            ParentPlanReference = PlanBuilder.Clip($"Thực hiện Kế hoạch số {parent.Number} ngày {DateText.Format(parent.IssuedOn)} của {parentGovernment}", Plan.ReferenceMax),
            CreatedAt = now, CreatedBy = user,
        };
        db.Plans.Add(plan);
        var reachView = (await reach.ForAsync(parentPlanId, today, ct))!;
        var taskIds = reachView.Tasks.Where(t => t.Governments.Contains(draft.GovernmentId)).Select(t => t.Id).ToList();
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).OrderBy(t => t.Order).ToListAsync(ct);
        var assignments = await db.TaskAssignments.AsNoTracking().Where(a => taskIds.Contains(a.TaskId)).ToListAsync(ct);
        var order = 0;
        foreach (var t in tasks)
        {
            var task = Copy(t, plan.Id, order++, draft.ShiftDays);
            db.PlanTasks.Add(task);
            var roles = new Dictionary<Guid, AssignmentRole>();
            foreach (var a in assignments.Where(a => a.TaskId == t.Id && chosen.ContainsKey(a.UnitId)).OrderBy(a => a.Role == AssignmentRole.Lead ? 0 : 1))
            {
                roles.TryAdd(chosen[a.UnitId], a.Role);
            }

            db.TaskAssignments.AddRange(roles.Select(r => new TaskAssignment { TaskId = task.Id, UnitId = r.Key, Role = r.Value, SourceText = own[r.Key].Name }));
            task.LeadTextJson = PlanJsonText.List(roles.Where(r => r.Value == AssignmentRole.Lead).Select(r => own[r.Key].Name));
            task.SupportTextJson = PlanJsonText.List(roles.Where(r => r.Value == AssignmentRole.Support).Select(r => own[r.Key].Name));
        }

        await RememberAsync(draft, rows, chosen, now, user, ct);
        await db.SaveChangesAsync(ct);
        return (plan.Id, tasks.Count);
    }

    private static PlanTask Copy(PlanTask t, Guid planId, int order, int shiftDays)
    {
        var schedule = PlanJsonText.ReadSchedule(t.ScheduleJson, t.ScheduleText);
        var due = t.DueDate?.AddDays(-shiftDays);
        if (shiftDays > 0 && schedule.Kind == ScheduleKind.Date && due is { } d)
        {
            schedule = schedule with { Text = $"Trước ngày {DateText.Format(d)}", Due = d };
        }
        else if (shiftDays > 0 && schedule.Due is { } sd)
        {
            schedule = schedule with { Due = sd.AddDays(-shiftDays) };
        }

        return new PlanTask
        {
            PlanId = planId, Ref = t.Ref, Order = order, AreaCode = t.AreaCode, Title = t.Title, Objective = t.Objective, ActivitiesJson = t.ActivitiesJson,
            OutputsJson = t.OutputsJson, ScheduleText = PlanBuilder.Clip(schedule.Text, PlanTask.ScheduleTextMax)!, ScheduleJson = PlanJsonText.Schedule(schedule),
            ScheduleKind = t.ScheduleKind, DueDate = due, Funding = t.Funding, ParentTaskId = t.Id,
        };
    }

    private async Task RememberAsync(ChildPlanDraft draft, IReadOnlyList<UnitMapRow> rows, Dictionary<Guid, Guid> chosen, DateTimeOffset now, string user,
        CancellationToken ct)
    {
        var existing = await db.Set<ChildUnitMapping>().Where(m => m.GovernmentId == draft.GovernmentId).ToListAsync(ct);
        foreach (var row in rows.Where(r => r.ParentUnitId != chosen[r.ParentUnitId]))
        {
            if (existing.FirstOrDefault(m => m.ParentUnitId == row.ParentUnitId) is { } m)
            {
                m.ChildUnitId = chosen[row.ParentUnitId];
            }
            else
            {
                db.Add(new ChildUnitMapping
                {
                    GovernmentId = draft.GovernmentId, ParentUnitId = row.ParentUnitId, ChildUnitId = chosen[row.ParentUnitId], CreatedAt = now, CreatedBy = user,
                });
            }
        }
    }
}
