using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Cascade;

/// <summary>Which lower governments a plan's tasks concern: a task concerns a government directly below the plan's when
/// a lead or support assignment is that government or one of its units (a class such as "UBND các xã, phường" has
/// fanned out into one assignment per member at import). Five queries whatever the size.</summary>
public sealed class PlanReach(AppDbContext db, OrgQueries org)
{
    public async Task<PlanReachView?> ForAsync(Guid planId, DateOnly today, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.Id, p.GovernmentId, p.Title, p.Number, p.IssuedOn, p.Status }).FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var nodes = await org.TreeAsync(today, plan.GovernmentId, ct);
        var byId = nodes.ToDictionary(n => n.Id);
        var lower = new Dictionary<Guid, Guid>();
        foreach (var n in nodes)
        {
            // The government directly below the plan's that this unit lies under, if any.
            Guid? found = null;
            for (var cur = n; cur.Id != plan.GovernmentId; cur = byId[cur.ParentId!.Value])
            {
                if (cur.Kind.IsGovernment())
                {
                    found = cur.Id;
                }

                if (cur.ParentId is not { } p || !byId.ContainsKey(p))
                {
                    found = null;
                    break;
                }
            }

            if (found is { } g)
            {
                lower[n.Id] = g;
            }
        }

        var governments = nodes.Where(n => n.Id != plan.GovernmentId && n.Kind.IsGovernment() && lower.GetValueOrDefault(n.Id) == n.Id)
            .Select(n => (n.Id, n.Name)).ToList();
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Order)
            .Select(t => new { t.Id, t.Ref, t.AreaCode, t.Title, t.DueDate, t.Status }).ToListAsync(ct);
        var assignments = await db.TaskAssignments.AsNoTracking().Where(a => db.PlanTasks.Any(t => t.Id == a.TaskId && t.PlanId == planId))
            .Select(a => new { a.TaskId, a.UnitId }).ToListAsync(ct);
        var reach = assignments.Where(a => lower.ContainsKey(a.UnitId)).GroupBy(a => a.TaskId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<Guid>)g.Select(a => lower[a.UnitId]).ToHashSet());
        return new PlanReachView(plan.Id, plan.GovernmentId, plan.Title, plan.Number, plan.IssuedOn, PlanQueries.StatusText(plan.Status), governments,
            tasks.Select(t => new ReachTask(t.Id, t.Ref, t.AreaCode, t.Title, t.DueDate, t.Status.ToText(),
                reach.GetValueOrDefault(t.Id) ?? new HashSet<Guid>())).ToList(), lower);
    }
}
