using System.Security.Claims;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Plans.Triggers;

/// <summary>Additions to the HTTP contract: the plan's tasks waiting for an event or a date, recording one (for several
/// tasks at once when they wait for the same event), and the history of what was recorded.</summary>
public static class TaskDeadlineEndpoints
{
    public static void MapTaskDeadlineEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans/{id:guid}").WithTags("Plans").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/waiting-tasks", async (Guid id, TaskDeadlineQueries queries, PlanAccess access, ClaimsPrincipal user, CancellationToken ct) =>
            await access.DenyAsync(user, id, write: false, ct) is { } denied ? Problems.From(denied) : Results.Ok(await queries.WaitingAsync(id, ct))).WithName("GetWaitingTasks").OwnedBy(OwnerKinds.Plan, "id");
        group.MapGet("/tasks/{taskId:guid}/deadline-history", async (Guid id, Guid taskId, TriggerHistory history, PlanAccess access,
                ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (await access.DenyAsync(user, id, write: false, ct) is { } denied)
                {
                    return Problems.From(denied);
                }

                return await history.OfAsync(id, taskId, ct) is { } entries
                    ? Results.Ok(entries)
                    : Problems.From(Error.NotFound("Không tìm thấy nhiệm vụ trong kế hoạch này."));
            })
            .WithName("GetTaskDeadlineHistory").OwnedBy(OwnerKinds.Task, "id", "taskId");
        group.MapPost("/tasks/{taskId:guid}/deadline", async (Guid id, Guid taskId, TaskDeadlineInput body, TaskDeadlineCommands commands,
                PlanAccess access, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (await access.DenyAsync(user, id, write: true, ct) is { } denied)
                {
                    return Problems.From(denied);
                }

                var saved = await commands.SaveAsync(id, taskId, body, ct);
                return saved.Value is { } value ? Results.Ok(value) : Problems.From(saved.Error!);
            })
            .RequireAuthorization(Policies.ManagePlans).WithName("SetTaskDeadline").OwnedBy(OwnerKinds.Task, "id", "taskId");
    }
}
