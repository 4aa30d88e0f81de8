using System.Security.Claims;
using ParPlan.Core.Spreadsheets;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Records;

/// <summary>The initiative registry (added to the HTTP contract, docs/records.md): <c>/api/records/initiatives</c>, the
/// stage moves, the year's count against the linked plan targets, and the list as XLSX at <c>GET /sang-kien/xuat</c>.</summary>
public static class InitiativeEndpoints
{
    public static IEndpointRouteBuilder MapInitiativeEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/records/initiatives").WithTags("Records").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", ListAsync);
        api.MapPost("/", ProposeAsync).RequireAuthorization(Policies.EditPlans);
        api.MapGet("/{id:guid}", GetAsync).OwnedBy(OwnerKinds.Initiative, "id");
        api.MapPut("/{id:guid}/stage", MoveAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Initiative, "id");
        app.MapGet(RecordRoutes.InitiativesExport, ExportAsync).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    /// <summary>The list; with a government and a year, also that year's recognised count against the linked plan targets.</summary>
    public static async Task<IResult> ListAsync(Guid? governmentId, int? year, ClaimsPrincipal user, InitiativeQueries queries, RecordAccess access,
        CancellationToken ct)
    {
        var targets = governmentId is { } g && year is { } y && await access.ReadAsync(user, g, [], "", ct) is null
            ? await queries.TargetsAsync(g, y, ct) : [];
        return Results.Ok(new
        {
            initiatives = (await queries.ListAsync(user, governmentId, year, ct)).Select(i => new
            {
                i.Id, i.GovernmentId, i.UnitName, i.Title, i.Authors, i.ProposedOn, i.Stage, recognitionLevel = i.Level, i.DecisionNumber, i.DecisionDate, i.AppliedWhere,
            }),
            targets = targets.Select(t => new { t.Text, t.PlanReference, recognised = t.Count, attainment = t.Attainment.Status.ToString().ToLowerInvariant() }),
        });
    }

    public static async Task<IResult> ProposeAsync(InitiativeCommands.ProposalRequest request, ClaimsPrincipal user, InitiativeCommands commands, CancellationToken ct)
    {
        var result = await commands.ProposeAsync(user, request, ct);
        return result.Value is { } i ? Results.Created($"/api/records/initiatives/{i.Id}", new { id = i.Id, i.GovernmentId, i.Stage, version = i.Version })
            : Problems.From(result.Error!);
    }

    public static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, InitiativeQueries queries, CancellationToken ct)
    {
        var result = await queries.DetailAsync(user, id, ct);
        return result.Value is { } d ? Results.Ok(Dto(d.Initiative, d.UnitName)) : Problems.From(result.Error!);
    }

    public static async Task<IResult> MoveAsync(Guid id, InitiativeCommands.StageRequest request, ClaimsPrincipal user, InitiativeCommands commands, CancellationToken ct)
    {
        var result = await commands.MoveAsync(user, id, request, ct);
        return result.Value is { } i ? Results.Ok(Dto(i, null)) : Problems.From(result.Error!);
    }

    public static async Task<IResult> ExportAsync(Guid? dv, int? nam, ClaimsPrincipal user, InitiativeQueries queries, RecordLookups lookups, CancellationToken ct) =>
        Results.File(RecordWorkbooks.Initiatives(await DialogueEndpoints.ScopeTextAsync(lookups, dv, nam, ct), await queries.ListAsync(user, dv, nam, ct), lookups.Today),
            XlsxWriter.ContentType, $"sang-kien{(nam is { } y ? "-" + y : "")}.xlsx");

    private static object Dto(Initiative i, string? unitName) => new
    {
        i.Id, i.GovernmentId, i.UnitId, unitName, i.Title, i.Summary, i.Authors, i.ProposedOn, i.Stage, i.EvaluationNote, recognitionLevel = i.RecognitionLevel,
        i.DecisionNumber, i.DecisionDate, i.AppliedWhere, i.Version,
    };
}
