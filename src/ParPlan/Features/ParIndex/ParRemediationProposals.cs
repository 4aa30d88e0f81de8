using Microsoft.EntityFrameworkCore;
using ParPlan.Core.ParIndex;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.ParIndex;

/// <summary>At finalisation, the criteria where the unit lost points become remediation proposals for next year
/// (<see cref="RemediationProposer"/>): led by the unit that owns the criterion's area (else the standing agency), due
/// on 30/09 of next year, before the next self-assessment. Staged on the context; the caller's save writes them.</summary>
public sealed class ParRemediationProposals(AppDbContext db, IOrgTree tree, OrgQueries org, TimeProvider time)
{
    public async Task StageAsync(ParLoaded loaded, CancellationToken ct = default)
    {
        var a = loaded.Assessment;
        if (await db.Set<ParRemediation>().AnyAsync(r => r.AssessmentId == a.Id, ct)) return;
        var today = VietnamTime.Today(time);
        var government = await tree.GovernmentOfAsync(a.UnitId, today, ct) ?? a.UnitId;
        var owners = await db.Set<ParAreaOwner>().AsNoTracking().Where(o => o.GovernmentId == a.UnitId).ToDictionaryAsync(o => o.Area, o => o.UnitId, ct);
        var standing = a.UnitId == government ? await org.StandingAgencyOfAsync(government, today, ct) : a.UnitId;
        var points = loaded.Items.ToDictionary(i => i.Code, i => new LeafScore(i.AppraisedScore ?? i.SelfScore ?? 0, i.Applicable), StringComparer.Ordinal);
        var planYear = loaded.Set.Year + 1;
        foreach (var draft in RemediationProposer.Propose(loaded.Set, points))
        {
            var area = loaded.AreaOf(draft.Code);
            db.Add(new ParRemediation
            {
                AssessmentId = a.Id, GovernmentId = government, Code = draft.Code, CriterionTitle = Clip(draft.CriterionTitle), MaxPoints = draft.MaxPoints,
                Points = draft.Points, PlanYear = planYear, Title = Clip(draft.Title), AreaCode = draft.PlanArea,
                LeadUnitId = area is not null && owners.TryGetValue(area, out var owner) ? owner : standing,
                DueOn = new DateOnly(planYear, 9, 30), CreatedAt = time.GetUtcNow(),
            });
        }
    }

    private static string Clip(string text) => text.Length <= Plans.PlanTask.TitleMax ? text : text[..Plans.PlanTask.TitleMax];
}
