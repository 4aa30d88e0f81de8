using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ParPlan.Features.Auth;
using ParPlan.Data;
using ParPlan.Infrastructure;

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
            var result = await commands.RecordProgressAsync(user, id, request, ct);
            return result.IsSuccess ? Results.Ok(result.Value) : Problems.From(result.Error!);
        }).RequireAuthorization(Policies.EditPlans).WithName("PostTaskProgress").OwnedBy(OwnerKinds.Task, "id");
        group.MapPost("/{id:guid}/evidence", async (Guid id, HttpRequest http, ClaimsPrincipal user, EvidenceCommands commands, CancellationToken ct) =>
        {
            if (!http.HasFormContentType)
            {
                return Problems.From(Error.Invalid("Gửi minh chứng dạng multipart/form-data."));
            }

            IFormCollection form;
            try
            {
                form = await http.ReadFormAsync(ct);
            }
            catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
            {
                // The body limit below (or the server's own) stopped the upload before the form was read.
                return Problems.From(commands.TooLarge());
            }

            var upload = new EvidenceUpload(form["title"], form["documentNumber"], form["documentDate"], form["link"], form.Files["file"]);
            var added = await commands.AddAsync(user, id, upload, ct);
            return added.IsSuccess ? Results.Created($"/api/evidence/{added.Value}/file", new { id = added.Value }) : Problems.From(added.Error!);
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

    private static IResult NotFound() => Problems.From(TaskCommands.NotFound());
}
