using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Tasks;

/// <summary><c>/api/tasks</c>: my tasks, one task, progress (409 on a stale version), evidence upload and download.</summary>
public static class TaskEndpoints
{
    /// <summary>Room for the form's other fields and the multipart framing around the file.</summary>
    private const long FormMargin = 1024 * 1024;

    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var maxEvidenceBytes = app.ServiceProvider.GetRequiredService<IOptions<EvidenceOptions>>().Value.MaxBytes;
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/mine", async (ClaimsPrincipal user, TaskQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.MineCachedAsync(user, ct))).WithName("GetMyTasks");
        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, TaskQueries queries, CancellationToken ct) =>
            await queries.DetailAsync(user, id, ct) is { } detail ? Results.Ok(detail) : NotFound()).WithName("GetTask").OwnedBy(OwnerKinds.Task, "id");
        group.MapPost("/{id:guid}/progress", async (Guid id, ProgressRequest request, ClaimsPrincipal user, TaskCommands commands, CancellationToken ct) =>
        {
            var (state, failure) = await commands.RecordProgressAsync(user, id, request, ct);
            return failure is null ? Results.Ok(state) : Problem(failure);
        }).RequireAuthorization(Policies.EditPlans).WithName("PostTaskProgress").OwnedBy(OwnerKinds.Task, "id");
        group.MapPost("/{id:guid}/evidence", async (Guid id, HttpRequest http, ClaimsPrincipal user, EvidenceCommands commands, CancellationToken ct) =>
        {
            if (!http.HasFormContentType)
            {
                return Problem(new CommandFailure(StatusCodes.Status400BadRequest, "Dữ liệu không hợp lệ", "Gửi minh chứng dạng multipart/form-data."));
            }

            IFormCollection form;
            try
            {
                form = await http.ReadFormAsync(ct);
            }
            catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
            {
                // The body limit below (or the server's own) stopped the upload before the form was read.
                return Problem(new CommandFailure(StatusCodes.Status413PayloadTooLarge, "Tệp quá lớn",
                    $"Tệp minh chứng không được vượt quá {commands.MaxBytes / (1024 * 1024)} MB."));
            }

            var upload = new EvidenceUpload(form["title"], form["documentNumber"], form["documentDate"], form["link"], form.Files["file"]);
            var (evidenceId, failure) = await commands.AddAsync(user, id, upload, ct);
            return failure is null ? Results.Created($"/api/evidence/{evidenceId}/file", new { id = evidenceId }) : Problem(failure);
        }).RequireAuthorization(Policies.EditPlans).DisableAntiforgery().WithName("PostTaskEvidence").OwnedBy(OwnerKinds.Task, "id")
            .WithMetadata(new RequestSizeLimitAttribute(maxEvidenceBytes + FormMargin))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxEvidenceBytes + FormMargin });

        app.MapGet("/api/evidence/{id:guid}/file", async (Guid id, ClaimsPrincipal user, EvidenceCommands commands, CancellationToken ct) =>
                await commands.FileAsync(user, id, ct) is { } file && File.Exists(file.Path)
                    ? Results.File(file.Path, file.ContentType, file.FileName)
                    : NotFound())
            .WithTags("Tasks").RequireAuthorization(Policies.SignedIn).WithName("GetEvidenceFile").OwnedBy(OwnerKinds.Evidence, "id");
        return app;
    }

    public static IResult Problem(CommandFailure failure) =>
        Results.Problem(statusCode: failure.StatusCode, title: failure.Title, detail: failure.Detail,
            extensions: failure.Current is null ? null : new Dictionary<string, object?> { ["current"] = failure.Current });

    private static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy", detail: "Không tìm thấy nhiệm vụ trong phạm vi của bạn.");
}
