using ParPlan.Features.Plans.OpenClasses;
using ParPlan.Features.Plans.Triggers;

namespace ParPlan.Features.Plans;

/// <summary>Read side of the issue confirmation: what is still open in a draft (<see cref="PlanOpenPoints"/>).</summary>
public sealed class PlanIssueQueries(TaskDeadlineQueries deadlines, OpenClassQueries openClasses)
{
    public async Task<PlanOpenPoints> OpenPointsAsync(PlanDetail plan, CancellationToken ct = default)
    {
        var waiting = (await deadlines.WaitingAsync(plan.Id, ct)).Where(t => t.Dormant)
            .Select(t => $"Nhiệm vụ {t.Ref}: {(t.Wait == "event" ? "chờ sự kiện" : "chờ ấn định hạn")} – {t.WaitText}").ToList();
        var cells = (await openClasses.ForPlanAsync(plan.Id, ct))?.Cells.Where(c => c.Pending).ToList() ?? [];
        var groups = cells.Select(c => $"Nhiệm vụ {c.Ref}: «{c.Text}» ({(c.Role == "lead" ? "chủ trì" : "phối hợp")}) – nhóm {c.GroupName}").ToList();
        var inGroups = cells.Select(c => (c.TaskId, c.Role)).ToHashSet();
        var unmatched = new List<string>();
        foreach (var t in plan.Tasks)
        {
            if (t.Lead.Count > 0 && t.LeadUnitIds.Count == 0 && !inGroups.Contains((t.Id, "lead")))
            {
                unmatched.Add($"Nhiệm vụ {t.Ref}: chưa có đơn vị chủ trì (kế hoạch ghi «{string.Join("; ", t.Lead)}»)");
            }

            if (t.Support.Count > 0 && t.SupportUnitIds.Count == 0 && !inGroups.Contains((t.Id, "support")))
            {
                unmatched.Add($"Nhiệm vụ {t.Ref}: chưa có đơn vị phối hợp (kế hoạch ghi «{string.Join("; ", t.Support)}»)");
            }
        }

        var units = plan.Tasks.SelectMany(t => t.LeadUnitIds.Concat(t.SupportUnitIds)).Distinct().Count();
        return new PlanOpenPoints(waiting, groups, unmatched, units);
    }
}
