using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.ParIndex;
using ParPlan.Data;

namespace ParPlan.Features.ParIndex;

/// <summary>The ranking of a block: the finalised assessments of every version of the set's series (same government,
/// year and block; a unit keeps the version it used), ranked by index, with last year's index of the same block.</summary>
public sealed class ParResults(AppDbContext db, ParSetCommands sets)
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

    private async Task<List<Row>> FinalisedAsync(Guid? government, int year, string block, CancellationToken ct) =>
        await (from a in db.Set<ParAssessment>().AsNoTracking()
               join cs in db.Set<ParCriteriaSet>() on a.CriteriaSetId equals cs.Id
               join u in db.Units on a.UnitId equals u.Id
               where cs.GovernmentId == government && cs.Year == year && cs.Block == block && a.Status == ParStatuses.Finalized
               select new Row(a.Id, a.UnitId, u.Name, a.SelfTotal, a.AppraisedTotal, a.SurveyPoints, a.Bonus, a.Penalty, a.Index, a.Band)).ToListAsync(ct);

    private sealed record Row(Guid Id, Guid UnitId, string UnitName, decimal SelfTotal, decimal AppraisedTotal, decimal? SurveyPoints,
        decimal Bonus, decimal Penalty, decimal? Index, string? Band);
}
