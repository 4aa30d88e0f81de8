using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Records;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Records;

/// <summary>Reads late dossiers and their explanations and apologies, within the user's unit scope. Compliance comes
/// from the stored indicator values and the list from the indicator's own drill-down (<see cref="IndicatorQueries.DossiersAsync"/>
/// of <c>dossier.late-without-apology</c>), so the list's count is always the indicator's count.</summary>
public sealed class LateDossierQueries(AppDbContext db, IUnitScope scope, IndicatorBoardQueries board, IndicatorQueries indicators, TimeProvider time)
{
    /// <summary>The period of the page's query, as the board reads it.</summary>
    public ReportingPeriod PeriodOf(string? code) => board.PeriodOf(code, null);

    public async Task<LateDossierView> ViewAsync(ClaimsPrincipal user, Guid? governmentId, ReportingPeriod period, Guid? unitId, int page,
        CancellationToken ct = default)
    {
        var view = await board.ViewAsync(user, governmentId, period, ct);
        if (view.Board is not { } b) return new LateDossierView(view, ApologyCompliance.PlanTarget, [], null, null, [], 0, 1);
        var target = b.Rows.FirstOrDefault(r => r.Code == IndicatorCodes.LateApologyRate)?.Target?.Value ?? ApologyCompliance.PlanTarget;
        var units = (await indicators.UnitValuesAsync(b.GovernmentId, period, IndicatorCodes.LateApologyRate, ct))
            .Where(u => u.Denominator > 0 || u.UnitId == b.GovernmentId)
            .Select(u => new ComplianceRow(u.UnitId, u.UnitName, new ApologyCompliance(u.Denominator ?? 0, u.Numerator))).ToList();

        var selected = unitId ?? b.GovernmentId;
        if (!await AllowsAsync(user, ScopeAction.Read, selected, period.To, ct)) selected = b.GovernmentId;
        page = Math.Max(1, page);
        var (entries, total) = await LackingAsync(selected, period, page, ct);
        var name = selected == b.GovernmentId ? b.GovernmentName
            : await db.Units.AsNoTracking().Where(u => u.Id == selected).Select(u => u.Name).FirstOrDefaultAsync(ct);
        return new LateDossierView(view, target, units, selected, name, entries, total, page);
    }

    /// <summary>A page (50) of the unit's late dossiers still lacking an explanation or an apology in the period, and how
    /// many there are: the indicator's own drill-down, with what part of each is recorded. The caller checks the scope.</summary>
    public async Task<(List<LateDossierListEntry> Entries, int Total)> LackingAsync(Guid unitId, ReportingPeriod period, int page, CancellationToken ct = default)
    {
        var list = await indicators.DossiersAsync(unitId, period, IndicatorCodes.LateWithoutApology, Math.Max(1, page), DrillDownPart.All, ct);
        var ids = list.Items.Select(i => i.Id).ToList();
        var parts = await db.Set<LateDossierApology>().AsNoTracking().Where(a => ids.Contains(a.DossierId))
            .Select(a => new { a.DossierId, a.Explanation, a.LetterNumber, a.LetterDate, a.Method }).ToListAsync(ct);
        var entries = list.Items.Select(i =>
        {
            var p = parts.FirstOrDefault(x => x.DossierId == i.Id);
            var input = new ApologyInput(p?.Explanation, p?.LetterNumber, p?.LetterDate, p?.Method);
            return new LateDossierListEntry(i, input.HasExplanation, i.Apologised == true || input.HasLetter);
        }).ToList();
        return (entries, list.Total);
    }

    /// <summary>The dossier with what was recorded, or null when it does not exist or lies outside the user's scope.</summary>
    public async Task<LateDossierDetail?> DetailAsync(ClaimsPrincipal user, long id, CancellationToken ct = default)
    {
        var d = await db.Set<Dossier>().AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Code, x.UnitCode, x.ProcedureId, x.ReceivedAt, x.DueAt, x.FinishedAt, x.Status, x.Apologised })
            .FirstOrDefaultAsync(ct);
        if (d is null) return null;
        var unit = await UnitOfAsync(d.UnitCode, ct);
        var receivedOn = DossierCodes.LocalDate(d.ReceivedAt);
        if (unit is null || !await AllowsAsync(user, ScopeAction.Read, unit.Value.Id, receivedOn, ct)) return null;
        var procedure = d.ProcedureId is { } p ? await db.Set<DossierProcedure>().AsNoTracking().Where(x => x.Id == p).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var apology = await db.Set<LateDossierApology>().AsNoTracking().FirstOrDefaultAsync(a => a.DossierId == id, ct);
        return new LateDossierDetail(d.Id, d.Code, unit.Value.Id, unit.Value.Name, procedure, d.ReceivedAt, d.DueAt, d.FinishedAt, d.Status.ToString(),
            IsLate(d.DueAt, d.FinishedAt, d.Status, time.GetUtcNow()), d.Apologised == true, apology,
            await AllowsAsync(user, ScopeAction.Write, unit.Value.Id, receivedOn, ct));
    }

    /// <summary>The scope of a unit today, or else on <paramref name="then"/> (the day a dossier was received, the end of
    /// a period): a commune merged since still has its late dossiers of the time before, and the province's officers
    /// answer for them.</summary>
    public async Task<Error?> DenyAsync(ClaimsPrincipal user, ScopeAction action, Guid unitId, DateOnly then, CancellationToken ct = default) =>
        await scope.DenyAsync(user, action, unitId, ct: ct) is not null ? await scope.DenyAsync(user, action, unitId, then, ct) : null;

    private async Task<bool> AllowsAsync(ClaimsPrincipal user, ScopeAction action, Guid unitId, DateOnly then, CancellationToken ct) =>
        await DenyAsync(user, action, unitId, then, ct) is null;

    /// <summary>Late: finished after its due instant, or still open (in process, awaiting additions) past it now.</summary>
    public static bool IsLate(DateTimeOffset due, DateTimeOffset? finished, DossierStatus status, DateTimeOffset now) =>
        status != DossierStatus.Withdrawn && (finished is { } f ? f > due
            : due < now && status is DossierStatus.InProcess or DossierStatus.AwaitingAdditions);

    /// <summary>The unit a dossier names by its code, or null when the code is not in the unit tree.</summary>
    public async Task<(Guid Id, string Name)?> UnitOfAsync(string unitCode, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Code == unitCode).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return units.Count == 0 ? null : (units[0].Id, units[0].Name);
    }
}
