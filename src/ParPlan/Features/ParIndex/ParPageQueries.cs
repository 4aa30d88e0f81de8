using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.ParIndex;

/// <summary>What the PAR INDEX pages list: the assessments the user may read (optionally only those waiting for
/// appraisal), and the governments the user may open an assessment for.</summary>
public sealed class ParPageQueries(AppDbContext db, ParAccess access, IUnitScope scope)
{
    public async Task<IReadOnlyList<ParAssessmentRow>> AssessmentsAsync(ClaimsPrincipal user, bool waitingForAppraisal = false, CancellationToken ct = default)
    {
        var query = from a in db.Set<ParAssessment>().AsNoTracking()
                    join s in db.Set<ParCriteriaSet>() on a.CriteriaSetId equals s.Id
                    join u in db.Units on a.UnitId equals u.Id
                    select new { a, s.Name, s.Year, UnitName = u.Name };
        if (waitingForAppraisal) query = query.Where(x => x.a.Status == ParStatuses.Submitted || x.a.Status == ParStatuses.Appraising);
        var all = await query.OrderByDescending(x => x.Year).ThenBy(x => x.UnitName).ToListAsync(ct);
        var ids = all.Select(x => x.a.Id).ToList();
        var counts = (await db.Set<ParAssessmentItem>().AsNoTracking().Where(i => ids.Contains(i.AssessmentId) && i.Applicable)
                .GroupBy(i => i.AssessmentId).Select(g => new { g.Key, Applicable = g.Count(), Scored = g.Count(i => i.SelfScore != null) }).ToListAsync(ct))
            .ToDictionary(c => c.Key);
        var rows = new List<ParAssessmentRow>();
        var readable = new Dictionary<Guid, bool>();
        foreach (var x in all)
        {
            if (!readable.TryGetValue(x.a.UnitId, out var ok)) readable[x.a.UnitId] = ok = await access.ReadAsync(user, x.a.UnitId, ct) is null;
            if (!ok) continue;
            var c = counts.GetValueOrDefault(x.a.Id);
            rows.Add(new ParAssessmentRow(x.a.Id, x.a.UnitId, x.UnitName, x.a.CriteriaSetId, x.Name, x.Year, x.a.Status, x.a.Round,
                c?.Scored ?? 0, c?.Applicable ?? 0, x.a.SelfTotal, x.a.AppraisedTotal, x.a.Index, x.a.Band));
        }

        return rows;
    }

    /// <summary>The governments the user may open an assessment for: a standing officer's own; an appraiser's or the
    /// administrator's commune governments.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OpenableUnitsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is null) return [];
        if (me.Role == Roles.StandingOfficer)
        {
            var (root, _) = await scope.ReadRootAsync(user, null, ct);
            return await db.Units.AsNoTracking().Where(u => u.Id == root).Select(u => new ValueTuple<Guid, string>(u.Id, u.Name)).ToListAsync(ct);
        }

        if (me.Role is not (Roles.Appraiser or Roles.Admin)) return [];
        var readable = await scope.ReadableUnitsAsync(user, null, ct);
        var units = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.CommuneGovernment && u.ValidTo == null)
            .OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var result = new List<(Guid, string)>();
        foreach (var u in units.Where(u => readable is null || readable.Contains(u.Id)))
        {
            if (await access.AppraiseAsync(user, u.Id, ct) is null) result.Add((u.Id, u.Name));
        }

        return result;
    }
}
