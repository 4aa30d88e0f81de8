using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Dashboard;

public sealed class DashboardQueries(TaskBoard board, IUnitScope scope, IOrgTree tree, AppDbContext db,
    Microsoft.Extensions.Caching.Memory.IMemoryCache cache)
{
    /// <summary>The <c>byArea</c> key of tasks without an area.</summary>
    public const string NoArea = "(khác)";

    public DateOnly Today => scope.Today;

    /// <summary>The periods the page offers: the quarters, halves, nine months and the year, of this year and the last.</summary>
    public IReadOnlyList<ReportingPeriod> Periods() =>
        [.. new[] { scope.Today.Year, scope.Today.Year - 1 }.SelectMany(ReportingPeriod.AllOf).Where(p => p.Kind != PeriodKind.Month)];

    /// <summary>The answer depends only on the user's unit and role, the arguments, the day and the data generation: cached on that key.</summary>
    public Task<Result<DashboardResult>> GetCachedAsync(ClaimsPrincipal user, Guid? governmentId, string? period,
        CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        var (generation, expires) = BoardGeneration.Snapshot();
        var key = ("dashboard", me?.UnitId, me?.Role, governmentId, period, scope.Today, generation);
        return cache.GetOrComputeAsync(key, expires, TimeSpan.FromMinutes(5), () => GetAsync(user, governmentId, period, CancellationToken.None));
    }

    /// <summary>A failure when the government is outside the user's scope or the period is unreadable.</summary>
    public async Task<Result<DashboardResult>> GetAsync(ClaimsPrincipal user, Guid? governmentId, string? period,
        CancellationToken ct = default)
    {
        var today = scope.Today;
        ReportingPeriod? window = null;
        if (!string.IsNullOrWhiteSpace(period))
        {
            if (!ReportingPeriod.TryParse(period, out var p))
            {
                return Error.Invalid("Kỳ không hợp lệ: chọn một kỳ trong danh sách (ví dụ Quý I/2026, 6 tháng đầu năm 2026, Năm 2026).");
            }

            window = p;
        }

        // Who sees which governments, and the unit names, change only with the structure: cached on its generation.
        var (structure, structureExpires) = BoardGeneration.StructureSnapshot();
        var me = CurrentUser.From(user);
        var scoped = await cache.GetOrComputeAsync(
            ("dashboard-scope", me?.UnitId, me?.Role, governmentId, today, structure), structureExpires, TimeSpan.FromMinutes(5),
            () => ScopeAsync(user, governmentId, today, CancellationToken.None));
        if (!scoped.IsSuccess)
        {
            return scoped.Error!;
        }

        var (government, governments) = scoped.Value;

        var names = await cache.GetOrComputeAsync(("unit-names", structure), structureExpires, TimeSpan.FromMinutes(5),
            () => db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, CancellationToken.None));
        var tasks = (await board.LoadAsync(today, governments, ct))
            .Where(t => window is not { } w || (t.DueDate is { } d && d >= w.From && d <= w.To))
            .ToList();
        var all = Count(tasks);
        var byArea = tasks.GroupBy(t => t.AreaCode ?? NoArea).OrderBy(g => g.Key)
            .Select(g => { var c = Count(g); return new AreaCounts(g.Key, c.Total, c.Done, c.DoneLate, c.InProgress, c.NotStarted, c.Blocked, c.Overdue, c.OverdueInProgress); })
            .ToList();
        var byUnit = tasks.SelectMany(t => t.LeadUnitIds.Select(u => (Unit: u, Task: t))).GroupBy(x => x.Unit)
            .Select(g =>
            {
                var c = Count(g.Select(x => x.Task));
                return new UnitCounts(g.Key, names.GetValueOrDefault(g.Key) ?? "", c.Total, c.Done, c.DoneLate, c.InProgress, c.NotStarted, c.Blocked, c.Overdue,
                    c.OverdueInProgress);
            })
            .OrderByDescending(u => u.Overdue).ThenBy(u => u.UnitName, StringComparer.Ordinal).ToList();
        DashboardTask Item(BoardTask t) => new(t.Id, t.Ref, t.Title, t.PlanTitle, t.Status.ToText(), t.DueDate, t.OverdueDays);
        var overdue = tasks.Where(t => t.Overdue).OrderByDescending(t => t.OverdueDays).Take(50).Select(Item).ToList();
        var upcoming = tasks.Where(t => t.NextDue is { } n && n.DayNumber - today.DayNumber <= 14)
            .OrderBy(t => t.NextDue).Take(50).Select(Item).ToList();
        return new DashboardResult(government, window?.Code, all.Total, all.Done, all.DoneLate, all.InProgress, all.NotStarted, all.Blocked,
            all.Overdue, byArea, byUnit, overdue, upcoming, government is { } g ? names.GetValueOrDefault(g) : null);
    }

    /// <summary>The government the dashboard is about and its subtree (null: everything, for an administrator without
    /// one), or why the user may not see it.</summary>
    private async Task<Result<(Guid? Government, IReadOnlySet<Guid>? Governments)>> ScopeAsync(ClaimsPrincipal user,
        Guid? governmentId, DateOnly today, CancellationToken ct)
    {
        var me = CurrentUser.From(user);
        if (governmentId is null && me?.UnitId is { } own)
        {
            governmentId = await tree.GovernmentOfAsync(own, today, ct) ?? own;
        }

        if (governmentId is { } gov)
        {
            if (!await scope.AllowsAsync(user, ScopeAction.Read, gov, today, ct))
            {
                return Error.NotFound("Không tìm thấy đơn vị trong phạm vi của bạn.");
            }

            IReadOnlySet<Guid> subtree = (await tree.SubtreeAsync(gov, today, ct)).ToHashSet();
            return ((Guid?)gov, subtree);
        }

        return me?.IsAdmin == true ? ((Guid?)null, (IReadOnlySet<Guid>?)null) : Error.NotFound("Tài khoản chưa gắn với đơn vị.");
    }

    private static StatusCounts Count(IEnumerable<BoardTask> tasks)
    {
        int total = 0, done = 0, late = 0, progress = 0, notStarted = 0, blocked = 0, overdue = 0, overdueInProgress = 0;
        foreach (var t in tasks)
        {
            total++;
            switch (t.Status)
            {
                case PlanTaskStatus.Done: done++; break;
                case PlanTaskStatus.DoneLate: late++; break;
                case PlanTaskStatus.InProgress: progress++; break;
                case PlanTaskStatus.Blocked: blocked++; break;
                default: notStarted++; break;
            }

            if (t.Overdue)
            {
                overdue++;
                overdueInProgress += t.Status == PlanTaskStatus.InProgress ? 1 : 0;
            }
        }

        return new StatusCounts(total, done, late, progress, notStarted, blocked, overdue, overdueInProgress);
    }
}
