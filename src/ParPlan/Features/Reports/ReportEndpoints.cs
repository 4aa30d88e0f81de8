using System.Security.Claims;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Reports;

/// <summary><c>/api/reports</c> (contracts/http-api.md "Reports"): the calendar, start, read, edit a section, and the
/// workflow (submit, accept, return) and the document ("Official documents"); additions: un-accept, waive a child, the
/// review queue, the typed-in annex rows, withdrawing a waiver.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/calendar", Calendar).WithName("GetReportCalendar");
        group.MapGet("/review-queue", async (ClaimsPrincipal user, ReportQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ReviewQueueAsync(user, ct))).WithName("GetReportReviewQueue");
        group.MapPost("/", Start).RequireAuthorization(Policies.EditPlans).WithName("PostReport");
        group.MapGet("/{id:guid}", Get).WithName("GetReport").OwnedBy(OwnerKinds.Report, "id");
        group.MapPut("/{id:guid}/sections/{code}", EditSection).RequireAuthorization(Policies.EditPlans).WithName("PutReportSection")
            .OwnedBy(OwnerKinds.Report, "id", "code");
        group.MapPost("/{id:guid}/submit", (Guid id, ReportActionRequest request, ClaimsPrincipal user, ReportCommands commands, CancellationToken ct) =>
            Answer(commands.SubmitAsync(user, id, request, ct))).RequireAuthorization(Policies.EditPlans).WithName("PostReportSubmit").OwnedBy(OwnerKinds.Report, "id");
        group.MapPost("/{id:guid}/waivers", (Guid id, WaiveChildRequest request, ClaimsPrincipal user, ReportCommands commands, CancellationToken ct) =>
            Answer(commands.WaiveAsync(user, id, request, ct))).RequireAuthorization(Policies.EditPlans).WithName("PostReportWaiver").OwnedBy(OwnerKinds.Report, "id");
        group.MapPost("/{id:guid}/waivers/{childUnitId:guid}/revoke", (Guid id, Guid childUnitId, RevokeWaiverRequest request, ClaimsPrincipal user,
            ReportCommands commands, CancellationToken ct) => Answer(commands.RevokeWaiverAsync(user, id, childUnitId, request, ct)))
            .RequireAuthorization(Policies.EditPlans).WithName("PostReportWaiverRevoke").OwnedBy(OwnerKinds.Report, "id", "childUnitId");
        group.MapPut("/{id:guid}/annex", (Guid id, AnnexEditRequest request, ClaimsPrincipal user, ReportCommands commands, CancellationToken ct) =>
            Answer(commands.EditAnnexAsync(user, id, request, ct))).RequireAuthorization(Policies.EditPlans).WithName("PutReportAnnex").OwnedBy(OwnerKinds.Report, "id");
        group.MapPost("/{id:guid}/accept", (Guid id, ReportActionRequest request, ClaimsPrincipal user, ReportCommands commands, CancellationToken ct) =>
            Answer(commands.AcceptAsync(user, id, request, ct))).RequireAuthorization(Policies.ManagePlans).WithName("PostReportAccept").OwnedBy(OwnerKinds.Report, "id");
        group.MapPost("/{id:guid}/return", (Guid id, ReportActionRequest request, ClaimsPrincipal user, ReportCommands commands, CancellationToken ct) =>
            Answer(commands.ReturnAsync(user, id, request, ct))).RequireAuthorization(Policies.ManagePlans).WithName("PostReportReturn").OwnedBy(OwnerKinds.Report, "id");
        group.MapPost("/{id:guid}/unaccept", (Guid id, ReportActionRequest request, ClaimsPrincipal user, ReportCommands commands, CancellationToken ct) =>
            Answer(commands.UnacceptAsync(user, id, request, ct))).RequireAuthorization(Policies.ManagePlans).WithName("PostReportUnaccept").OwnedBy(OwnerKinds.Report, "id");
        group.MapGet("/{id:guid}/document", Document).WithName("GetReportDocument").OwnedBy(OwnerKinds.Report, "id");
        return app;
    }

    private static async Task<IResult> Document(Guid id, string? format, ClaimsPrincipal user, ReportDocuments documents, CancellationToken ct)
    {
        var result = await documents.DocumentAsync(user, id, format, ct);
        return result.IsSuccess ? Results.File(result.Value!.Content, result.Value.ContentType, result.Value.FileName) : Problems.From(result.Error!);
    }

    private static async Task<IResult> Calendar(Guid? governmentId, int? year, ClaimsPrincipal user, ReportQueries queries, TimeProvider time, CancellationToken ct)
    {
        var result = await queries.CalendarAsync(user, governmentId, year ?? VietnamTime.Today(time).Year, ct);
        return result.IsSuccess ? Results.Ok(result.Value) : Problems.From(result.Error!);
    }

    private static async Task<IResult> Start(StartReportRequest request, ClaimsPrincipal user, ReportCommands commands, CancellationToken ct)
    {
        var result = await commands.StartAsync(user, request, ct);
        if (result.IsSuccess)
        {
            return Results.Created($"/api/reports/{result.Value!.Id}", new { id = result.Value.Id });
        }

        var problem = Problems.From(result.Error!);
        if (result.Error!.Current is ReportStarted existing)
        {
            // The contract's 409 { "id" }: the report that already exists, beside the problem's Vietnamese detail.
            problem.ProblemDetails.Extensions["id"] = existing.Id;
        }

        return problem;
    }

    private static async Task<IResult> Get(Guid id, ClaimsPrincipal user, ReportQueries queries, CancellationToken ct)
    {
        var result = await queries.GetAsync(user, id, ct);
        return result.IsSuccess ? Results.Ok(result.Value) : Problems.From(result.Error!);
    }

    private static Task<IResult> EditSection(Guid id, string code, SectionEditRequest request, ClaimsPrincipal user, ReportCommands commands, CancellationToken ct) =>
        Answer(commands.EditSectionAsync(user, id, code, request, ct));

    private static async Task<IResult> Answer(Task<Result<ReportState>> step)
    {
        var result = await step;
        return result.IsSuccess ? Results.Ok(result.Value) : Problems.From(result.Error!);
    }
}
