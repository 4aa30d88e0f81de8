using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.ParIndex;

/// <summary>Reads remediation proposals: those of an assessment with their linked plan tasks' status, the finalised
/// assessments a user may follow, the Draft plans and units a proposal can go to.</summary>
public sealed class ParRemediationQueries(AppDbContext db, ParAccess access, OrgQueries org, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<ParRemediationView>>> ListAsync(ClaimsPrincipal user, Guid assessmentId, CancellationToken ct = default)
    {
        var unit = await db.Set<ParAssessment>().AsNoTracking().Where(a => a.Id == assessmentId).Select(a => (Guid?)a.UnitId).FirstOrDefaultAsync(ct);
        if (unit is not { } u || await access.ReadAsync(user, u, ct) is not null) return ParAccess.NotFound();
        var rows = await db.Set<ParRemediation>().AsNoTracking().Where(r => r.AssessmentId == assessmentId).ToListAsync(ct);
        return new Result<IReadOnlyList<ParRemediationView>>(await ViewsAsync(rows, ct));
    }

    public async Task<IReadOnlyList<ParRemediationView>> ViewsAsync(IReadOnlyList<ParRemediation> rows, CancellationToken ct = default)
    {
        var units = rows.Where(r => r.LeadUnitId is not null).Select(r => r.LeadUnitId!.Value).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(x => units.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var taskIds = rows.Where(r => r.TaskId is not null).Select(r => r.TaskId!.Value).ToList();
        var tasks = await (from t in db.PlanTasks.AsNoTracking()
                           join p in db.Plans on t.PlanId equals p.Id
                           where taskIds.Contains(t.Id)
                           select new { t.Id, t.Ref, t.Status, p.Title }).ToDictionaryAsync(t => t.Id, ct);
        return rows.OrderBy(r => Order(r.Code)).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r =>
        {
            var task = r.TaskId is { } t ? tasks.GetValueOrDefault(t) : null;
            return new ParRemediationView(r.Id, r.Code, r.CriterionTitle, r.MaxPoints, r.Points, r.MaxPoints - r.Points, r.PlanYear, r.Title, r.AreaCode,
                r.LeadUnitId, r.LeadUnitId is { } l ? names.GetValueOrDefault(l) : null, r.DueOn, r.Status, r.Note, r.PlanId, task?.Title, r.TaskId,
                task?.Ref, task?.Status.ToText(), r.Version);
        }).ToList();
    }

    /// <summary>The finalised assessments the user may read, newest year first, with how many proposals still wait.</summary>
    /// <summary>The assessed unit and the government whose plan takes the proposals of an assessment (null when it has none).</summary>
    public async Task<(Guid UnitId, Guid? GovernmentId)?> OwnerAsync(Guid assessmentId, CancellationToken ct = default)
    {
        var unit = await db.Set<ParAssessment>().AsNoTracking().Where(a => a.Id == assessmentId).Select(a => (Guid?)a.UnitId).FirstOrDefaultAsync(ct);
        if (unit is not { } u) return null;
        var government = await db.Set<ParRemediation>().AsNoTracking().Where(r => r.AssessmentId == assessmentId).Select(r => (Guid?)r.GovernmentId).FirstOrDefaultAsync(ct);
        return (u, government);
    }

    public async Task<IReadOnlyList<(Guid Id, string UnitName, int Year, int Waiting)>> FinalisedAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var all = await (from a in db.Set<ParAssessment>().AsNoTracking()
                         join s in db.Set<ParCriteriaSet>() on a.CriteriaSetId equals s.Id
                         join u in db.Units on a.UnitId equals u.Id
                         where a.Status == ParStatuses.Finalized
                         orderby s.Year descending, u.Name
                         select new { a.Id, a.UnitId, u.Name, s.Year }).ToListAsync(ct);
        var ids = all.Select(a => a.Id).ToList();
        var waiting = await db.Set<ParRemediation>().AsNoTracking().Where(r => ids.Contains(r.AssessmentId) && r.Status == ParRemediationStatuses.Proposed)
            .GroupBy(r => r.AssessmentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var result = new List<(Guid, string, int, int)>();
        foreach (var a in all)
        {
            if (await access.ReadAsync(user, a.UnitId, ct) is null) result.Add((a.Id, a.Name, a.Year, waiting.GetValueOrDefault(a.Id)));
        }

        return result;
    }

    /// <summary>The Draft plans of <paramref name="governmentId"/>, those of <paramref name="year"/> first.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> DraftPlansAsync(Guid governmentId, int year, CancellationToken ct = default) =>
        (await db.Plans.AsNoTracking().Where(p => p.GovernmentId == governmentId && p.Status == PlanStatus.Draft)
            .Select(p => new { p.Id, p.Title, p.PeriodFrom, p.CreatedAt }).ToListAsync(ct))
        .OrderBy(p => p.PeriodFrom.Year == year ? 0 : 1).ThenByDescending(p => p.CreatedAt)
        .Select(p => (p.Id, p.Title)).ToList();

    /// <summary>The government and its units today, in tree order: who may lead a remediation task.</summary>
    public Task<IReadOnlyList<UnitNode>> UnitsAsync(Guid governmentId, CancellationToken ct = default) =>
        org.TreeAsync(VietnamTime.Today(time), governmentId, ct);

    private static int Order(string code) => code.Split('.') is [var first, ..] && int.TryParse(first, out var n) ? n : int.MaxValue;
}
