using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Plans;

/// <summary>The plans JSON API of the HTTP contract: import, list, detail, issue (and close).</summary>
public static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlanEndpoints(this IEndpointRouteBuilder app, long maxUploadBytes)
    {
        var group = app.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization(Policies.SignedIn);
        group.MapPost("/import", ImportAsync).WithName("ImportPlan").RequireAuthorization(Policies.ManagePlans)
            .WithMetadata(new RequestSizeLimitAttribute(maxUploadBytes + 1024 * 1024))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxUploadBytes + 1024 * 1024 })
            .DisableAntiforgery();
        group.MapGet("/", ListAsync).WithName("ListPlans");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetPlan").OwnedBy(OwnerKinds.Plan, "id");
        group.MapPost("/{id:guid}/issue", IssueAsync).WithName("IssuePlan").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Plan, "id");
        group.MapPost("/{id:guid}/close", CloseAsync).WithName("ClosePlan").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Plan, "id");
        return group;
    }

    public static async Task<IResult> ImportAsync(HttpRequest request, PlanImporter importer, PlanAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.From(Error.Invalid("Gửi tệp kế hoạch dạng multipart/form-data, trường «file»."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return TooLarge(importer);
        }

        if (form.Files.GetFile("file") is not { } file || file.Length == 0)
        {
            return Problems.From(Error.Invalid("Không đọc được tệp: chưa chọn tệp hoặc tệp rỗng."));
        }

        if (file.Length > importer.MaxBytes)
        {
            return TooLarge(importer);
        }

        Guid? governmentId = Guid.TryParse(form["governmentId"].ToString(), out var g) ? g : await access.OwnGovernmentAsync(user, ct);
        if (governmentId is not { } government)
        {
            return Problems.From(Error.Invalid("Chọn chính quyền ban hành kế hoạch (governmentId)."));
        }

        if (!await access.CanReadAsync(user, government, ct))
        {
            return Problems.From(PlanAccess.NotFound());
        }

        if (!await access.CanWriteAsync(user, government, ct))
        {
            return Problems.From(PlanAccess.ReadOnly());
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var outcome = await importer.ImportAsync(buffer.ToArray(), Path.GetFileName(file.FileName), government, ct);
        return outcome.Value is { } value
            ? Results.Created($"/api/plans/{value.PlanId}", new ImportResponse(value.PlanId, value.TaskCount, value.Warnings, value.Messages))
            : Problems.From(outcome.Error!);
    }

    public static async Task<IResult> ListAsync(PlanQueries queries, PlanAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        var governments = await access.ReadableGovernmentsAsync(user, ct);
        var plans = await queries.ListAsync(governments, await access.UpperGovernmentsAsync(user, ct), ct);
        return Results.Ok(plans.Select(p => new { p.Id, p.Title, p.Number, p.Status, p.PeriodFrom, p.PeriodTo, p.GovernmentId, p.IssuedOn }));
    }

    public static async Task<IResult> GetAsync(Guid id, PlanQueries queries, PlanAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, write: false, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        return await queries.DetailAsync(id, ct) is { } detail ? Results.Ok(detail) : Problems.From(PlanAccess.NotFound());
    }

    public static async Task<IResult> IssueAsync(Guid id, IssuePlanBody body, PlanCommands commands, PlanAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, write: true, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        var result = await commands.IssueAsync(id, body.Number, body.IssuedOn, body.Version, ct);
        if (result.IsSuccess)
        {
            return Results.Ok(new { id, status = "issued", version = result.Value });
        }

        // The command decided; a missing field is answered per field, with the rule's own words.
        return result.Error is { Code: "invalid" } invalid && PlanIssueRule.Missing(body.Number, body.IssuedOn) is { Count: > 0 } missing
            ? Results.ValidationProblem(missing.ToDictionary(m => m.Key, m => new[] { m.Value }), title: "Dữ liệu không hợp lệ", detail: invalid.Message)
            : Problems.From(result.Error!);
    }

    public static async Task<IResult> CloseAsync(Guid id, VersionBody? body, PlanCommands commands, PlanAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, write: true, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        var result = await commands.CloseAsync(id, body?.Version, ct);
        return result.IsSuccess ? Results.Ok(new { id, status = "closed", version = result.Value }) : Problems.From(result.Error!);
    }

    private static IResult TooLarge(PlanImporter importer) =>
        Problems.From(Error.TooLarge($"Tệp kế hoạch vượt quá giới hạn {importer.MaxBytes / (1024 * 1024.0):0.#} MB."));
}
