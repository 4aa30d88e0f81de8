using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Text;
using ParPlan.Data;
using ParPlan.Features.FollowUp;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Plans;

/// <summary>
/// When a plan is issued, each unit it assigns tasks to gets one notice in the follow-up feature's notifications (the
/// same rows as reminders: shown under "Nhiệm vụ của tôi" and, when e-mail is on, mailed), saying how many tasks it
/// leads and supports. Added in the issuing save, so a refused issue leaves none.
/// </summary>
public sealed class PlanIssueNotices
{
    private readonly IReadOnlyList<(Guid UnitId, int Lead, int Support)> units;
    private readonly DateTimeOffset at;

    private PlanIssueNotices(IReadOnlyList<(Guid, int, int)> units, DateTimeOffset at)
    {
        this.units = units;
        this.at = at;
    }

    public static async Task<PlanIssueNotices> ForAsync(AppDbContext db, Guid planId, DateTimeOffset at, CancellationToken ct)
    {
        var rows = await db.TaskAssignments.AsNoTracking()
            .Where(a => db.PlanTasks.Any(t => t.Id == a.TaskId && t.PlanId == planId))
            .Select(a => new { a.UnitId, a.TaskId, a.Role }).ToListAsync(ct);
        var units = rows.GroupBy(r => r.UnitId)
            .Select(g => (g.Key, g.Where(r => r.Role == AssignmentRole.Lead).Select(r => r.TaskId).Distinct().Count(),
                g.Where(r => r.Role != AssignmentRole.Lead).Select(r => r.TaskId).Distinct().Count()))
            .ToList();
        return new PlanIssueNotices(units, at);
    }

    /// <summary>The dedup key of the notice to <paramref name="unitId"/> about <paramref name="planId"/>'s issuance.</summary>
    public static string Key(Guid planId, Guid unitId) => $"plan:{planId:N}:{unitId:N}:issued";

    public void Add(AppDbContext db, Plan plan)
    {
        foreach (var (unitId, lead, support) in units)
        {
            var parts = new List<string>();
            if (lead > 0)
            {
                parts.Add($"chủ trì {NumberText.Count(lead)} nhiệm vụ");
            }

            if (support > 0)
            {
                parts.Add($"phối hợp {NumberText.Count(support)} nhiệm vụ");
            }

            db.Add(new Notification
            {
                UnitId = unitId,
                Text = Clip($"Kế hoạch {plan.Number} «{plan.Title}» đã ban hành: đơn vị {string.Join(", ", parts)}."),
                Link = "/nhiem-vu",
                DedupKey = Key(plan.Id, unitId),
                CreatedAt = at,
            });
        }
    }

    private static string Clip(string text) => text.Length <= 2000 ? text : text[..1999] + "…";
}
