using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Cascade;
using ParPlan.Core.Plans;
using ParPlan.Features.Organisation;
using ParPlan.Data;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Cascade;

/// <summary>Read side of the cascade: obligations with their status on the injected clock, the coverage matrix, the
/// proposed due date and parent link.</summary>
public sealed class CascadeQueries(AppDbContext db, PlanReach reach, IOrgTree tree, TimeProvider time)
{
    public DateOnly Today => VietnamTime.Today(time);

    /// <summary>The issuance-compliance list of a plan, by government name; null when the plan does not exist.</summary>
    public async Task<IReadOnlyList<ObligationRow>?> ObligationsAsync(Guid planId, CancellationToken ct = default) =>
        await CoverageAsync(planId, ct) is { } coverage ? await ObligationsAsync(coverage, ct) : null;

    /// <summary>The issuance-compliance list from a matrix already read (the panel reads the matrix once).</summary>
    public async Task<IReadOnlyList<ObligationRow>> ObligationsAsync(CoverageView coverage, CancellationToken ct = default)
    {
        var planId = coverage.Plan.PlanId;
        var today = Today;
        var obligations = await db.Set<CascadeObligation>().AsNoTracking().Where(o => o.PlanId == planId).ToListAsync(ct);
        var names = coverage.Plan.LowerGovernments.ToDictionary(g => g.Id, g => g.Name);
        var missing = obligations.Select(o => o.GovernmentId).Where(g => !names.ContainsKey(g)).ToList();
        foreach (var u in await db.Units.AsNoTracking().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
        {
            names[u.Id] = u.Name;
        }

        var children = await ChildPlansAsync(planId, ct);
        var index = coverage.Matrix.Governments.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i);
        return obligations.Select(o =>
            {
                var child = children.GetValueOrDefault(o.GovernmentId);
                var issued = child is { Status: not PlanStatus.Draft } ? child.IssuedOn : null;
                var (tasks, covered) = index.TryGetValue(o.GovernmentId, out var i) ? coverage.Matrix.ForGovernment(i) : (0, 0);
                return new ObligationRow(o.GovernmentId, names.GetValueOrDefault(o.GovernmentId, ""), o.DueOn, child?.Id, child?.Number, issued,
                    ObligationRules.Status(o.DueOn, child is not null, issued, today), issued is null && today <= o.DueOn ? 0 : ObligationRules.DaysLate(o.DueOn, issued, today),
                    tasks, covered);
            })
            .OrderBy(r => r.GovernmentName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The matrix of the plan's tasks × the governments directly below it; null when the plan does not exist.</summary>
    public async Task<CoverageView?> CoverageAsync(Guid planId, CancellationToken ct = default)
    {
        if (await reach.ForAsync(planId, Today, ct) is not { } view)
        {
            return null;
        }

        var children = await ChildPlansAsync(planId, ct);
        var childIds = children.Values.Select(c => c.Id).ToList();
        var links = await db.PlanTasks.AsNoTracking().Where(t => childIds.Contains(t.PlanId) && t.ParentTaskId != null)
            .Select(t => new { t.PlanId, ParentTaskId = t.ParentTaskId!.Value, t.Status }).ToListAsync(ct);
        var governmentOf = children.ToDictionary(c => c.Value.Id, c => c.Key);
        var waivers = await db.Set<CoverageWaiverEntry>().AsNoTracking().Where(w => w.PlanId == planId)
            .Select(w => new CoverageWaiver(w.GovernmentId, w.ParentTaskId, w.Reason)).ToListAsync(ct);
        var matrix = CoverageMatrix.Build(view.Tasks.Select(t => t.ToCore()).ToList(), view.LowerGovernments.Select(g => g.Id).ToList(),
            links.Select(l => new ChildLink(governmentOf[l.PlanId], l.ParentTaskId, l.Status is PlanTaskStatus.Done or PlanTaskStatus.DoneLate)), waivers);
        return new CoverageView(view, matrix, children.ToDictionary(c => c.Key, c => c.Value.Id));
    }

    /// <summary>The parent's dashboard: each issued plan of <paramref name="government"/> in force today whose tasks concern
    /// the governments below it, with its lower plans' issuance and its coverage and roll-up per area (in area order).</summary>
    public async Task<IReadOnlyList<PlanCoverageSummary>> DashboardAsync(Guid government, CancellationToken ct = default)
    {
        var today = Today;
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.GovernmentId == government && (p.Status == PlanStatus.Issued || p.Status == PlanStatus.Revised) && p.PeriodFrom <= today && p.PeriodTo >= today)
            .OrderBy(p => p.PeriodFrom).Select(p => p.Id).ToListAsync(ct);
        var result = new List<PlanCoverageSummary>();
        foreach (var id in plans)
        {
            if (await CoverageAsync(id, ct) is not { } view || view.Plan.Tasks.All(t => t.Governments.Count == 0))
            {
                continue;
            }

            var owed = await ObligationsAsync(view, ct);
            var areas = view.Matrix.ByArea().Where(a => a.Applicable > 0).OrderBy(a => AreaNames.Order(a.Area))
                .Select(a => new AreaCoverage(a.Area, a.Applicable, a.Covered, a.Done)).ToList();
            result.Add(new PlanCoverageSummary(id, view.Plan.Title, view.Plan.Number, view.Plan.LowerGovernments.Count, owed.Count,
                owed.Count(o => o.Status == ObligationStatus.Issued), owed.Count(o => o.Status == ObligationStatus.IssuedLate),
                owed.Count(o => o.Status == ObligationStatus.Overdue), areas));
        }

        return result;
    }

    /// <summary>The waivers recorded on the plan's coverage matrix, in task order then by government name.</summary>
    public async Task<IReadOnlyList<WaiverRow>> WaiversAsync(Guid planId, CancellationToken ct = default)
    {
        var rows = await db.Set<CoverageWaiverEntry>().AsNoTracking().Where(w => w.PlanId == planId)
            .Join(db.PlanTasks, w => w.ParentTaskId, t => t.Id, (w, t) => new { w, t.Ref, t.Title, t.Order })
            .Join(db.Units, x => x.w.GovernmentId, u => u.Id, (x, u) => new { x.w, x.Ref, x.Title, x.Order, u.Name })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Order).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new WaiverRow(r.w.ParentTaskId, r.Ref, r.Title, r.w.GovernmentId, r.Name, r.w.Reason, r.w.CreatedBy, r.w.CreatedAt)).ToList();
    }

    /// <summary>The due date to propose: that of the plan's own task asking the lower governments to issue their plans
    /// ("Ban hành Kế hoạch CCHC năm …" assigned to them), if it has one.</summary>
    public async Task<DateOnly?> ProposedDueOnAsync(Guid planId, CancellationToken ct = default) =>
        await reach.ForAsync(planId, Today, ct) is { } view ? ProposedDueOn(view) : null;

    /// <summary>As <see cref="ProposedDueOnAsync"/>, from the plan's reach already read.</summary>
    public static DateOnly? ProposedDueOn(PlanReachView view)
    {
        var candidates = view.Tasks.Where(t => t.DueDate is not null && IsPlanIssuingTask(t.Title)).ToList();
        return (candidates.FirstOrDefault(t => t.Governments.Count > 0) ?? candidates.FirstOrDefault())?.DueDate;
    }

    /// <summary>"Ban hành / Xây dựng kế hoạch CCHC / cải cách hành chính …".</summary>
    public static bool IsPlanIssuingTask(string title)
    {
        var key = TextKey.For(title);
        return (key.Contains("ban hanh", StringComparison.Ordinal) || key.Contains("xay dung", StringComparison.Ordinal))
            && (key.Contains("ke hoach cchc", StringComparison.Ordinal) || key.Contains("ke hoach cai cach hanh chinh", StringComparison.Ordinal));
    }

    /// <summary>Each lower government's child plan of <paramref name="planId"/>: the issued one if any, else the newest draft.</summary>
    public async Task<Dictionary<Guid, Plan>> ChildPlansAsync(Guid planId, CancellationToken ct = default)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.ParentPlanId == planId).ToListAsync(ct);
        return plans.GroupBy(p => p.GovernmentId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Status == PlanStatus.Draft ? 1 : 0).ThenByDescending(p => p.CreatedAt).First());
    }

    /// <summary>The issued plans of the governments above the plan's whose number its "Căn cứ / Thực hiện" lines cite:
    /// the parent link to propose (none when the plan already has one).</summary>
    public async Task<IReadOnlyList<PlanListItem>> ParentProposalsAsync(Guid planId, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.GovernmentId, p.ParentPlanId, p.ParentPlanReference }).FirstOrDefaultAsync(ct);
        if (plan is not { ParentPlanId: null, ParentPlanReference: { } basis })
        {
            return [];
        }

        var candidates = await db.Plans.AsNoTracking().Where(p => p.GovernmentId != plan.GovernmentId && p.Status != PlanStatus.Draft && p.Number != null)
            .Join(db.Units, p => p.GovernmentId, u => u.Id, (p, u) => new { p.Id, p.Title, p.Number, p.PeriodFrom, p.PeriodTo, p.GovernmentId, u.Name, p.IssuedOn })
            .ToListAsync(ct);
        var result = new List<PlanListItem>();
        foreach (var c in ParentBasis.Cited(basis, candidates, c => c.Number))
        {
            if (await tree.IsWithinAsync(plan.GovernmentId, c.GovernmentId, Today, ct))
            {
                result.Add(new PlanListItem(c.Id, c.Title, c.Number, "issued", c.PeriodFrom, c.PeriodTo, c.GovernmentId, c.Name, c.IssuedOn));
            }
        }

        return result;
    }

    /// <summary>The issued plans of <paramref name="upper"/> (nearest first) as <paramref name="government"/> sees them.</summary>
    public async Task<IReadOnlyList<FromBelowPlan>> FromBelowAsync(Guid government, IReadOnlyList<Guid> upper, CancellationToken ct = default)
    {
        var ids = await db.Plans.AsNoTracking().Where(p => upper.Contains(p.GovernmentId) && p.Status != PlanStatus.Draft)
            .OrderByDescending(p => p.PeriodFrom).Select(p => p.Id).ToListAsync(ct);
        var result = new List<FromBelowPlan>();
        foreach (var id in ids)
        {
            if (await reach.ForAsync(id, Today, ct) is not { } view)
            {
                continue;
            }

            // Below a district (before 2025) the commune is reached through it: its tasks name the commune's own units.
            var mine = view.Tasks.Where(t => t.Governments.Contains(government)).ToList();
            var line = (await ObligationsAsync(id, ct))?.FirstOrDefault(r => r.GovernmentId == government);
            result.Add(new FromBelowPlan(view, mine, line));
        }

        return result;
    }

    /// <summary>The government's own plans without a parent link whose căn cứ lines cite an upper plan.</summary>
    public async Task<IReadOnlyList<ParentProposal>> OwnProposalsAsync(Guid government, CancellationToken ct = default)
    {
        var own = await db.Plans.AsNoTracking().Where(p => p.GovernmentId == government && p.ParentPlanId == null && p.ParentPlanReference != null)
            .Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        var result = new List<ParentProposal>();
        foreach (var p in own)
        {
            result.AddRange((await ParentProposalsAsync(p.Id, ct)).Select(parent => new ParentProposal(p.Id, p.Title, parent)));
        }

        return result;
    }
}
