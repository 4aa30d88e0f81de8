using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using ParPlan.Core.Spreadsheets;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Records;

/// <summary>Dialogues (added to the HTTP contract, docs/records.md): <c>/api/records/dialogues</c> with the issues raised
/// and the conclusion notice, and the list as XLSX at <c>GET /doi-thoai/xuat</c>.</summary>
public static class DialogueEndpoints
{
    private const long FormMargin = 1024 * 1024;

    public static IEndpointRouteBuilder MapDialogueEndpoints(this IEndpointRouteBuilder app, long maxNoticeBytes)
    {
        var api = app.MapGroup("/api/records/dialogues").WithTags("Records").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", ListAsync);
        api.MapPost("/", CreateAsync).RequireAuthorization(Policies.ManagePlans);
        api.MapGet("/{id:guid}", GetAsync).OwnedBy(OwnerKinds.Dialogue, "id");
        api.MapPost("/{id:guid}/issues", AddIssueAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Dialogue, "id");
        api.MapPut("/{id:guid}/issues/{issueId:guid}", ReportAsync).RequireAuthorization(Policies.EditPlans).OwnedBy(OwnerKinds.Dialogue, "id", "issueId");
        api.MapPost("/{id:guid}/notice", NoticeAsync).RequireAuthorization(Policies.ManagePlans).DisableAntiforgery().OwnedBy(OwnerKinds.Dialogue, "id")
            .WithMetadata(new RequestSizeLimitAttribute(maxNoticeBytes + FormMargin))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxNoticeBytes + FormMargin });
        api.MapGet("/{id:guid}/notice", NoticeFileAsync).OwnedBy(OwnerKinds.Dialogue, "id");
        app.MapGet(RecordRoutes.DialoguesExport, ExportAsync).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    public static async Task<IResult> ListAsync(Guid? governmentId, int? year, ClaimsPrincipal user, DialogueQueries queries, CancellationToken ct) =>
        Results.Ok(new
        {
            dialogues = (await queries.ListAsync(user, governmentId, year, ct)).Select(d => new
            {
                d.Id, d.GovernmentId, d.HeldOn, d.Title, d.Participants, hasNotice = d.HasNotice, issues = d.Issues, open = d.Open, overdue = d.Overdue, closed = d.Closed,
            }),
            openIssues = (await queries.OpenIssuesAsync(user, governmentId, ct)).Select(Issue),
        });

    public static async Task<IResult> CreateAsync(DialogueCommands.DialogueRequest request, ClaimsPrincipal user, DialogueCommands commands, CancellationToken ct)
    {
        var result = await commands.CreateAsync(user, request, ct);
        return result.Value is { } d ? Results.Created($"/api/records/dialogues/{d.Id}", new { id = d.Id, version = d.Version }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, DialogueQueries queries, CancellationToken ct)
    {
        var result = await queries.DetailAsync(user, id, ct);
        if (result.Value is not { } detail) return Problems.From(result.Error!);
        var d = detail.Dialogue;
        return Results.Ok(new
        {
            d.Id, d.GovernmentId, d.PlanId, d.HeldOn, d.Title, d.Participants, d.Version,
            notice = d.NoticeStoredPath is null ? null : new { number = d.NoticeNumber, date = d.NoticeDate, fileName = d.NoticeFileName, size = d.NoticeSize },
            issues = detail.Issues.Select(Issue),
        });
    }

    public static async Task<IResult> AddIssueAsync(Guid id, DialogueCommands.IssueRequest request, ClaimsPrincipal user, DialogueCommands commands, CancellationToken ct)
    {
        var result = await commands.AddIssueAsync(user, id, request, ct);
        return result.Value is { } i ? Results.Created($"/api/records/dialogues/{id}", new { id = i.Id, version = i.Version }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> ReportAsync(Guid id, Guid issueId, DialogueCommands.IssueReportRequest request, ClaimsPrincipal user, DialogueCommands commands,
        RecordAccess access, CancellationToken ct)
    {
        var result = await commands.ReportAsync(user, id, issueId, request, ct);
        if (result.Value is not { } i) return Problems.From(result.Error!);
        return Results.Ok(new
        {
            i.Id, i.Report, i.ClosedOn, i.DueOn, status = Core.Records.DialogueIssueStatus.Of(i.DueOn, i.ClosedOn, access.Today), i.Version,
        });
    }

    public static async Task<IResult> NoticeAsync(Guid id, HttpRequest http, ClaimsPrincipal user, DialogueCommands commands, CancellationToken ct)
    {
        if (!http.HasFormContentType) return Problems.From(Error.Invalid("Gửi thông báo kết luận dạng multipart/form-data."));
        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return Problems.From(commands.TooLarge());
        }

        var result = await commands.AttachNoticeAsync(user, id, form["number"], DateText.Parse(form["date"]), form.Files["file"], ct);
        return result.Value is { } d ? Results.Ok(new { d.Id, d.NoticeNumber, d.NoticeDate, d.NoticeFileName, d.NoticeSize, d.Version }) : Problems.From(result.Error!);
    }

    public static async Task<IResult> NoticeFileAsync(Guid id, ClaimsPrincipal user, DialogueQueries queries, DialogueCommands commands, CancellationToken ct) =>
        await queries.NoticeAsync(user, id, commands.Root, ct) is { } file && File.Exists(file.Path)
            ? Results.File(file.Path, file.ContentType, file.FileName)
            : Problems.From(Error.NotFound("Cuộc đối thoại chưa có tệp thông báo kết luận, hoặc bạn không có quyền xem."));

    public static async Task<IResult> ExportAsync(Guid? dv, int? nam, ClaimsPrincipal user, DialogueQueries queries, RecordLookups lookups, CancellationToken ct)
    {
        var rows = await queries.ListAsync(user, dv, nam, ct);
        var issues = await queries.OpenIssuesAsync(user, dv, ct);
        return Results.File(RecordWorkbooks.Dialogues(await ScopeTextAsync(lookups, dv, nam, ct), rows, issues, lookups.Today), XlsxWriter.ContentType,
            $"doi-thoai{(nam is { } y ? "-" + y : "")}.xlsx");
    }

    /// <summary>"Chính quyền: …; năm …" for an export's second title line.</summary>
    public static async Task<string> ScopeTextAsync(RecordLookups lookups, Guid? government, int? year, CancellationToken ct)
    {
        var name = government is { } g ? (await lookups.NamesAsync([g], ct)).GetValueOrDefault(g) : null;
        return $"{(name is null ? "Các chính quyền trong phạm vi" : "Chính quyền: " + name)}{(year is { } y ? $"; năm {y}" : "")}";
    }

    private static object Issue(DialogueQueries.IssueRow i) => new
    {
        i.Id, i.DialogueId, i.Text, i.LeadUnitId, leadUnitName = i.LeadUnitName, i.DueOn, i.Status, i.Report, i.ClosedOn, i.Version,
    };
}
