using System.Security.Claims;
using ParPlan.Core.Spreadsheets;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Records;

/// <summary>Commitments (added to the HTTP contract, docs/records.md): <c>/api/records/commitments</c> with their
/// obligations and year-end reports, and the list as XLSX at <c>GET /cam-ket/xuat</c>.</summary>
public static class CommitmentEndpoints
{
    public static IEndpointRouteBuilder MapCommitmentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/records/commitments").WithTags("Records").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", ListAsync);
        api.MapPost("/", CreateAsync).RequireAuthorization(Policies.ManagePlans);
        api.MapGet("/{id:guid}", GetAsync).OwnedBy(OwnerKinds.Commitment, "id");
        api.MapPost("/{id:guid}/obligations", AddAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Commitment, "id");
        api.MapPut("/{id:guid}/obligations/{obligationId:guid}/report", ReportAsync).RequireAuthorization(Policies.EditPlans)
            .OwnedBy(OwnerKinds.Commitment, "id", "obligationId");
        app.MapGet(RecordRoutes.CommitmentsExport, ExportAsync).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    public static async Task<IResult> ListAsync(Guid? governmentId, int? year, ClaimsPrincipal user, CommitmentQueries queries, CancellationToken ct) =>
        Results.Ok((await queries.ListAsync(user, governmentId, year, ct)).Select(c => new
        {
            c.Id, c.GovernmentId, c.Year, c.Pair, c.Signatory, c.Counterpart, c.SignatoryUnitName, c.SignedOn, c.DocumentNumber,
            obligations = c.Obligations, reported = c.Reported, done = c.Done,
        }));

    public static async Task<IResult> CreateAsync(CommitmentCommands.CommitmentRequest request, ClaimsPrincipal user, CommitmentCommands commands, CancellationToken ct)
    {
        var result = await commands.CreateAsync(user, request, ct);
        return result.Value is { } c ? Results.Created($"/api/records/commitments/{c.Id}", new { id = c.Id, version = c.Version }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, CommitmentQueries queries, CancellationToken ct)
    {
        var result = await queries.DetailAsync(user, id, ct);
        if (result.Value is not { } d) return Problems.From(result.Error!);
        var c = d.Commitment;
        return Results.Ok(new
        {
            c.Id, c.GovernmentId, c.Year, c.Pair, c.Signatory, c.Counterpart, c.SignatoryUnitId, signatoryUnitName = d.SignatoryUnitName, c.SignedOn,
            c.DocumentNumber, c.Version,
            obligations = d.Obligations.Select(o => new { o.Id, o.Order, o.Text, o.Result, o.Report, o.ReportedBy, o.ReportedAt, o.Version }),
        });
    }

    public static async Task<IResult> AddAsync(Guid id, CommitmentCommands.ObligationRequest request, ClaimsPrincipal user, CommitmentCommands commands, CancellationToken ct)
    {
        var result = await commands.AddObligationAsync(user, id, request, ct);
        return result.Value is { } o ? Results.Created($"/api/records/commitments/{id}", new { id = o.Id, version = o.Version }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> ReportAsync(Guid id, Guid obligationId, CommitmentCommands.ObligationReportRequest request, ClaimsPrincipal user,
        CommitmentCommands commands, CancellationToken ct)
    {
        var result = await commands.ReportAsync(user, id, obligationId, request, ct);
        return result.Value is { } o ? Results.Ok(new { o.Id, o.Result, o.Report, o.ReportedBy, o.ReportedAt, o.Version }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> ExportAsync(Guid? dv, int? nam, ClaimsPrincipal user, CommitmentQueries queries, RecordLookups lookups, CancellationToken ct) =>
        Results.File(RecordWorkbooks.Commitments(await DialogueEndpoints.ScopeTextAsync(lookups, dv, nam, ct), await queries.ListAsync(user, dv, nam, ct), lookups.Today),
            XlsxWriter.ContentType, $"cam-ket{(nam is { } y ? "-" + y : "")}.xlsx");
}
