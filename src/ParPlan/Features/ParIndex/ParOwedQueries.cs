using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.ParIndex;

/// <summary>What the home page lists as PAR INDEX work still owed: the open self-assessments of the user's government
/// whose lock date has not passed, for the standing officer who compiles them and for a unit officer whose unit scores
/// one of their areas.</summary>
public sealed class ParOwedQueries(AppDbContext db, IOrgTree tree, IUnitScope scope)
{
    public async Task<IReadOnlyList<ParOwed>> OwedAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me?.UnitId is not { } unit || me.Role is not (Roles.UnitOfficer or Roles.StandingOfficer))
        {
            return [];
        }

        var today = scope.Today;
        var government = await tree.GovernmentOfAsync(unit, today, ct) ?? unit;
        var areas = me.Role == Roles.UnitOfficer
            ? await db.Set<ParAreaOwner>().AsNoTracking().Where(o => o.GovernmentId == government && o.UnitId == unit).Select(o => o.Area).ToListAsync(ct)
            : [];
        if (me.Role == Roles.UnitOfficer && areas.Count == 0)
        {
            return [];
        }

        var open = await (from a in db.Set<ParAssessment>().AsNoTracking()
                          join s in db.Set<ParCriteriaSet>() on a.CriteriaSetId equals s.Id
                          join u in db.Units on a.UnitId equals u.Id
                          where a.UnitId == government && a.Status == ParStatuses.Open
                          select new { a.Id, u.Name, SetName = s.Name, s.Year, s.LockOn }).ToListAsync(ct);
        var ids = open.Select(a => a.Id).ToList();
        var counts = await db.Set<ParAssessmentItem>().AsNoTracking().Where(i => ids.Contains(i.AssessmentId) && i.Applicable)
            .GroupBy(i => i.AssessmentId).Select(g => new { g.Key, Applicable = g.Count(), Scored = g.Count(i => i.SelfScore != null) })
            .ToDictionaryAsync(c => c.Key, ct);
        var labels = areas.Select(ParAreaLabels.Label).ToList();
        return open.Where(a => a.LockOn >= today).OrderBy(a => a.LockOn)
            .Select(a => new ParOwed(a.Id, a.Name, a.SetName, a.Year, a.LockOn, labels,
                counts.GetValueOrDefault(a.Id)?.Scored ?? 0, counts.GetValueOrDefault(a.Id)?.Applicable ?? 0))
            .ToList();
    }

    /// <summary>For a standing officer: how many remediation proposals of its government wait for a decision, and the
    /// assessment of the first of them (null when none).</summary>
    public async Task<(Guid AssessmentId, int Count)?> RemediationAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me?.UnitId is not { } unit || me.Role != Roles.StandingOfficer) return null;
        var government = await tree.GovernmentOfAsync(unit, scope.Today, ct) ?? unit;
        var waiting = await db.Set<ParRemediation>().AsNoTracking()
            .Where(r => r.GovernmentId == government && r.Status == ParRemediationStatuses.Proposed)
            .Select(r => r.AssessmentId).ToListAsync(ct);
        return waiting.Count == 0 ? null : (waiting[0], waiting.Count);
    }
}
