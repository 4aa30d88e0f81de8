using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.FollowUp;

/// <summary>The standing officer's "đôn đốc" lists: overdue tasks and tasks due within 1, 3 and 7 days, in their scope.</summary>
public sealed class FollowUpQueries(TaskBoard board, IUnitScope scope, IOrgTree tree, AppDbContext db)
{
    public async Task<FollowUpLists> ListsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var today = scope.Today;
        var readable = await scope.ReadableUnitsAsync(user, today, ct);
        var tasks = await board.LoadAsync(today, readable, ct);
        var names = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        FollowUpItem Item(BoardTask t, int days) => new(t.Id, t.PlanId, t.PlanTitle, t.Ref, t.Title, t.Status.ToText(), t.Percent,
            t.DueDate, days, t.LeadUnitIds.Select(id => names.GetValueOrDefault(id) ?? "").ToList());
        var open = tasks.Where(t => !TaskDeadlines.IsClosed(t.Status) && t.DueDate is not null)
            .Select(t => (Task: t, Days: t.DueDate!.Value.DayNumber - today.DayNumber)).OrderBy(x => x.Days).ToList();
        var government = CurrentUser.From(user)?.UnitId is { } unit ? await tree.GovernmentOfAsync(unit, today, ct) ?? unit : (Guid?)null;
        return new FollowUpLists(today,
            open.Where(x => x.Task.Overdue).Select(x => Item(x.Task, x.Days)).ToList(),
            open.Where(x => x.Days is >= 0 and <= 1).Select(x => Item(x.Task, x.Days)).ToList(),
            open.Where(x => x.Days is >= 0 and <= 3).Select(x => Item(x.Task, x.Days)).ToList(),
            open.Where(x => x.Days is >= 0 and <= 7).Select(x => Item(x.Task, x.Days)).ToList(),
            government is { } g ? names.GetValueOrDefault(g) : null);
    }

    /// <summary>The latest messages to the user's unit (reminders and leader escalations), newest first.</summary>
    public async Task<List<NotificationItem>> NotificationsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me?.UnitId is not { } unit)
        {
            return [];
        }

        return await db.Set<Notification>().AsNoTracking()
            .Where(n => n.UnitId == unit && (n.UserId == null || n.UserId == me.Id))
            .OrderByDescending(n => n.CreatedAt).Take(100)
            .Select(n => new NotificationItem(n.Id, n.Text, n.Link, n.IsRead, n.CreatedAt)).ToListAsync(ct);
    }
}
