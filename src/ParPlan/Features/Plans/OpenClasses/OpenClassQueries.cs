using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Plans.Matching;
using ParPlan.Data;

namespace ParPlan.Features.Plans.OpenClasses;

public sealed class OpenClassQueries(AppDbContext db, UnitResolver resolver)
{
    /// <summary>Every open-class cell of the plan (resolved at the plan's date, with the government's remembered mappings),
    /// and the units of the plan's government to pick from. Null when the plan does not exist.</summary>
    public async Task<OpenClassView?> ForPlanAsync(Guid planId, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.GovernmentId, p.IssuedOn, p.PeriodFrom, p.Status, p.Version }).FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var units = await resolver.ForAsync(plan.GovernmentId, plan.IssuedOn ?? plan.PeriodFrom, ct);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Order)
            .Select(t => new { t.Id, t.Ref, t.Title, t.LeadTextJson, t.SupportTextJson }).ToListAsync(ct);
        var assigned = await (from a in db.TaskAssignments.AsNoTracking()
                              join t in db.PlanTasks on a.TaskId equals t.Id
                              where t.PlanId == planId && a.SourceText != null
                              select new { a.TaskId, a.Role, a.SourceText, a.UnitId }).ToListAsync(ct);
        var picked = assigned.ToLookup(a => (a.TaskId, a.Role, a.SourceText), a => a.UnitId);
        var cells = new List<OpenCell>();
        foreach (var t in tasks)
        {
            foreach (var (role, json) in new[] { (AssignmentRole.Lead, t.LeadTextJson), (AssignmentRole.Support, t.SupportTextJson) })
            {
                foreach (var text in PlanJsonText.ReadList(json).Where(x => !string.IsNullOrWhiteSpace(x)).Distinct())
                {
                    var resolved = await units.ResolveAsync(text, ct: ct);
                    if (resolved.Match.Candidate is { Kind: MatchTargetKind.OpenGroup } group)
                    {
                        var clipped = PlanBuilder.Clip(text, 1000)!;
                        cells.Add(new OpenCell(t.Id, t.Ref, t.Title, RoleText(role), text, group.Id, group.Name,
                            picked[(t.Id, role, clipped)].ToList()));
                    }
                }
            }
        }

        var pickable = units.Candidates.Where(c => c.Kind == MatchTargetKind.Unit).Select(c => new PickableUnit(c.Id, c.Name))
            .OrderBy(u => u.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
        return new OpenClassView(planId, PlanQueries.StatusText(plan.Status), plan.Version, cells, pickable);
    }

    public static string RoleText(AssignmentRole role) => role == AssignmentRole.Lead ? "lead" : "support";

    public static AssignmentRole? ParseRole(string? text) => text switch
    {
        "lead" => AssignmentRole.Lead,
        "support" => AssignmentRole.Support,
        _ => null,
    };
}
