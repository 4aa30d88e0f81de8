using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Records;
using ParPlan.Data;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Records;

/// <summary>Reads the initiative registry within the user's scope, and compares the year's recognised initiatives with
/// the plan targets linked to <see cref="IndicatorCodes.InitiativesRecognised"/>.</summary>
public sealed class InitiativeQueries(AppDbContext db, RecordAccess access, RecordLookups lookups, PlanTargetLinker targets)
{
    public const string NotFound = "Không tìm thấy sáng kiến hoặc bạn không có quyền xem.";

    public sealed record Row(Guid Id, Guid GovernmentId, string UnitName, string Title, string? Authors, DateOnly ProposedOn, string Stage,
        string? Level, string? DecisionNumber, DateOnly? DecisionDate, string? AppliedWhere);

    public sealed record Detail(Initiative Initiative, string GovernmentName, string UnitName, bool CanManage);

    /// <summary>A plan target on the initiatives and how the year's count measures against it.</summary>
    public sealed record TargetRow(string Text, string? PlanReference, int Count, AttainmentResult Attainment);

    public async Task<List<Row>> ListAsync(ClaimsPrincipal user, Guid? governmentId, int? year, CancellationToken ct = default)
    {
        var readable = (await access.ReadableAsync(user, ct))?.ToList();
        var (first, last) = (new DateOnly(year ?? 1, 1, 1), new DateOnly(year ?? 9999, 12, 31));
        var list = await db.Set<Initiative>().AsNoTracking()
            .Where(i => (governmentId == null || i.GovernmentId == governmentId)
                && ((i.ProposedOn >= first && i.ProposedOn <= last) || (i.DecisionDate >= first && i.DecisionDate <= last))
                && (readable == null || readable.Contains(i.GovernmentId) || readable.Contains(i.UnitId)))
            .OrderByDescending(i => i.ProposedOn).ToListAsync(ct);
        var names = await lookups.NamesAsync(list.Select(i => i.UnitId), ct);
        return list.Select(i => new Row(i.Id, i.GovernmentId, names.GetValueOrDefault(i.UnitId, ""), i.Title, i.Authors, i.ProposedOn, i.Stage,
            i.RecognitionLevel, i.DecisionNumber, i.DecisionDate, i.AppliedWhere)).ToList();
    }

    public async Task<Result<Detail>> DetailAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var i = await db.Set<Initiative>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return Error.NotFound(NotFound);
        if (await access.ReadAsync(user, i.GovernmentId, [i.UnitId], NotFound, ct) is { } denied) return denied;
        var names = await lookups.NamesAsync([i.GovernmentId, i.UnitId], ct);
        return new Detail(i, names.GetValueOrDefault(i.GovernmentId, ""), names.GetValueOrDefault(i.UnitId, ""),
            await access.ManageAsync(user, i.GovernmentId, [], NotFound, ct) is null);
    }

    /// <summary>The government's plan targets linked to the initiative count in <paramref name="year"/>, each with the
    /// count of initiatives recognised that year and its attainment (the board's rule).</summary>
    public async Task<List<TargetRow>> TargetsAsync(Guid governmentId, int year, CancellationToken ct = default)
    {
        var gov = await db.Units.AsNoTracking().Where(u => u.Id == governmentId).Select(u => new { u.Code }).FirstOrDefaultAsync(ct);
        if (gov is null) return [];
        var linked = (await targets.BoardTargetsAsync(governmentId, gov.Code, year, ct)).Where(t => t.IndicatorCode == IndicatorCodes.InitiativesRecognised).ToList();
        if (linked.Count == 0) return [];
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var recognised = (await db.Set<Initiative>().AsNoTracking().Where(i => i.GovernmentId == governmentId && i.DecisionDate >= first && i.DecisionDate <= last)
            .Select(i => new { i.Stage, i.DecisionDate }).ToListAsync(ct)).Select(i => (i.Stage, i.DecisionDate));
        var count = InitiativeRules.CountRecognised(recognised, first, last);
        return linked.Select(t => new TargetRow(t.Text, t.PlanReference, count, TargetAttainment.Evaluate(t.ToPlanTarget(), count))).ToList();
    }
}
