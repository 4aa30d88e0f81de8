using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.ParIndex;
using ParPlan.Data;

namespace ParPlan.Features.ParIndex;

/// <summary>The ranking of a block: the finalised assessments of every version of the set's series (same government,
/// year and block; a unit keeps the version it used), ranked by index, with last year's index of the same block.</summary>
public sealed class ParResults(AppDbContext db, ParSetCommands sets, ParSetCache cache)
{
    public async Task<Result<IReadOnlyList<ParResultRow>>> RankingAsync(ClaimsPrincipal user, Guid criteriaSetId, CancellationToken ct = default)
    {
        if (await sets.FindAsync(user, criteriaSetId, ct) is not { } found) return ParSetCommands.NotFound();
        var s = found.Stored;
        var rows = await FinalisedAsync(s.GovernmentId, s.Year, s.Block, ct);
        var previous = (await FinalisedAsync(s.GovernmentId, s.Year - 1, s.Block, ct)).ToDictionary(r => r.UnitId, r => r.Index);
        var ranked = ParRanking.Rank(rows.Select(r => (r, r.Index ?? 0)));
        return ranked.Select(x => new ParResultRow(x.Key.UnitId, x.Key.SelfTotal, x.Key.AppraisedTotal, x.Key.SurveyPoints, x.Key.Bonus, x.Key.Penalty,
            x.Index, x.Key.Band, x.Rank, x.Key.Id, x.Key.UnitName, previous.TryGetValue(x.Key.UnitId, out var p) ? p : null)).ToList();
    }

    /// <summary>The final points (appraised, else self-scored) of each field of each assessment, by field code, on the set
    /// version each assessment used.</summary>
    public async Task<IReadOnlyDictionary<Guid, Dictionary<string, decimal>>> FieldPointsAsync(IReadOnlyCollection<Guid> assessmentIds, CancellationToken ct = default)
    {
        var versions = await (from a in db.Set<ParAssessment>().AsNoTracking()
                              join s in db.Set<ParCriteriaSet>() on a.CriteriaSetId equals s.Id
                              where assessmentIds.Contains(a.Id)
                              select new { a.Id, Set = s }).ToListAsync(ct);
        var items = (await db.Set<ParAssessmentItem>().AsNoTracking().Where(i => assessmentIds.Contains(i.AssessmentId) && i.Applicable)
            .Select(i => new { i.AssessmentId, i.Code, Points = i.AppraisedScore ?? i.SelfScore ?? 0 }).ToListAsync(ct)).ToLookup(i => i.AssessmentId);
        var result = new Dictionary<Guid, Dictionary<string, decimal>>();
        foreach (var v in versions)
        {
            var points = items[v.Id].ToDictionary(i => i.Code, i => i.Points, StringComparer.Ordinal);
            result[v.Id] = cache.Get(v.Set).Fields.ToDictionary(f => f.Code,
                f => f.SelfAndDescendants().Where(n => n.IsLeaf).Sum(n => points.GetValueOrDefault(n.Code)), StringComparer.Ordinal);
        }

        return result;
    }

    private async Task<List<Row>> FinalisedAsync(Guid? government, int year, string block, CancellationToken ct) =>
        await (from a in db.Set<ParAssessment>().AsNoTracking()
               join cs in db.Set<ParCriteriaSet>() on a.CriteriaSetId equals cs.Id
               join u in db.Units on a.UnitId equals u.Id
               where cs.GovernmentId == government && cs.Year == year && cs.Block == block && a.Status == ParStatuses.Finalized
               select new Row(a.Id, a.UnitId, u.Name, a.SelfTotal, a.AppraisedTotal, a.SurveyPoints, a.Bonus, a.Penalty, a.Index, a.Band)).ToListAsync(ct);

    private sealed record Row(Guid Id, Guid UnitId, string UnitName, decimal SelfTotal, decimal AppraisedTotal, decimal? SurveyPoints,
        decimal Bonus, decimal Penalty, decimal? Index, string? Band);
}
