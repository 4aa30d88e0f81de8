using System.Security.Claims;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Spreadsheets;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Records;

/// <summary>Late dossiers' explanations and apologies (added to the HTTP contract): <c>GET /api/records/late-dossiers</c>
/// (compliance per unit and the dossiers still lacking either, the drill-down of <c>dossier.late-without-apology</c>),
/// <c>PUT /api/records/late-dossiers/{id}/apology</c> (the officer's record), and the list as XLSX at
/// <c>GET /ho-so-tre-han/xuat</c>.</summary>
public static class LateDossierEndpoints
{
    public static IEndpointRouteBuilder MapLateDossierEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/records/late-dossiers").WithTags("Records").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", ListAsync);
        api.MapPut("/{id}/apology", RecordAsync).RequireAuthorization(Policies.EditPlans).OwnedBy(OwnerKinds.Dossier, "id");
        app.MapGet(LateDossierRoutes.Export, ExportAsync).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    public static async Task<IResult> ListAsync(Guid? governmentId, string? period, Guid? unitId, int? page, ClaimsPrincipal user, IUnitScope scope,
        LateDossierQueries queries, CancellationToken ct)
    {
        var (gov, p, problem) = await IndicatorEndpoints.ResolveAsync(governmentId, period, user, scope, ct);
        if (problem is not null) return Problems.From(problem);
        if (unitId is { } u && await queries.DenyAsync(user, ScopeAction.Read, u, p.To, ct) is { } deny) return Problems.From(deny);
        var view = await queries.ViewAsync(user, gov, p, unitId, page ?? 1, ct);
        return Results.Ok(new
        {
            period = p.Code,
            target = view.Target,
            units = view.Units.Select(r => new
            {
                unitId = r.UnitId, unitName = r.UnitName, late = r.Compliance.Late, handled = r.Compliance.Handled, lacking = r.Compliance.Lacking,
                rate = r.Compliance.Rate, met = r.Compliance.Meets(view.Target),
            }),
            unitId = view.UnitId,
            total = view.Total,
            items = view.Lacking.Select(e => new
            {
                id = e.Dossier.Id, code = e.Dossier.Code, unitCode = e.Dossier.UnitCode, receivedAt = e.Dossier.ReceivedAt, dueAt = e.Dossier.DueAt,
                finishedAt = e.Dossier.FinishedAt, status = Enum.Parse<DossierStatus>(e.Dossier.Status).ToCode(),
                hasExplanation = e.HasExplanation, hasApology = e.HasLetter,
            }),
        });
    }

    public static async Task<IResult> RecordAsync(long id, ApologyRequest request, ClaimsPrincipal user, LateDossierCommands commands, CancellationToken ct)
    {
        var result = await commands.RecordAsync(user, id, request, ct);
        if (result.Value is not { } r) return Problems.From(result.Error!);
        return Results.Ok(new
        {
            dossierId = r.DossierId, explanation = r.Explanation, letterNumber = r.LetterNumber, letterDate = r.LetterDate, method = r.Method,
            complete = r.Complete, version = r.Version,
        });
    }

    /// <summary>Every dossier of the list (all pages) for the government, period and unit of the page.</summary>
    public static async Task<IResult> ExportAsync(Guid? dv, string? ky, Guid? donvi, ClaimsPrincipal user, IUnitScope scope, LateDossierQueries queries,
        TimeProvider time, CancellationToken ct)
    {
        var (gov, p, problem) = await IndicatorEndpoints.ResolveAsync(dv, ky, user, scope, ct);
        if (problem is not null) return Problems.From(problem);
        if (donvi is { } u && await queries.DenyAsync(user, ScopeAction.Read, u, p.To, ct) is { } deny) return Problems.From(deny);
        var unit = donvi ?? gov;
        var (entries, total) = await queries.LackingAsync(unit, p, 1, ct);
        for (var page = 2; (page - 1) * 50 < total; page++)
        {
            entries.AddRange((await queries.LackingAsync(unit, p, page, ct)).Entries);
        }

        return Results.File(LateDossierWorkbook.Write(p, entries, VietnamTime.Today(time)),
            XlsxWriter.ContentType, $"ho-so-tre-han-chua-xin-loi-{p.Code}.xlsx");
    }
}
