using System.Security.Claims;
using ParPlan.Features.Auth;
using ParPlan.Features.FollowUp;

namespace ParPlan.Features.Tasks;

/// <summary>Read side of the "my tasks" page.</summary>
public sealed class MyTasksQueries(TaskQueries tasks, FollowUpQueries followUp, IUnitScope scope)
{
    public async Task<MyTasksView> GetAsync(ClaimsPrincipal user, MyTasksFilter filter, CancellationToken ct = default)
    {
        var all = await tasks.MineCachedAsync(user, ct);
        var today = scope.Today;
        var plans = all.DistinctBy(t => t.PlanId).Select(t => new PlanChoice(t.PlanId, t.PlanTitle)).ToList();
        var notifications = await followUp.NotificationsAsync(user, ct);
        return new MyTasksView(filter.Apply(all, today), all.Count, plans, notifications, today);
    }
}
