using System.Security.Claims;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Plans.OpenClasses;

/// <summary>Additions to the HTTP contract: the plan's open-class cells and picking their units.</summary>
public static class OpenClassEndpoints
{
    public static void MapOpenClassEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans/{id:guid}/open-classes").WithTags("Plans").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", async (Guid id, OpenClassQueries queries, PlanAccess access, ClaimsPrincipal user, CancellationToken ct) =>
            await access.DenyAsync(user, id, write: false, ct) is { } denied ? Problems.From(denied)
                : await queries.ForPlanAsync(id, ct) is { } view ? Results.Ok(view) : Problems.From(PlanAccess.NotFound())).WithName("GetOpenClasses").OwnedBy(OwnerKinds.Plan, "id");
        group.MapPost("/", async (Guid id, OpenClassPick body, OpenClassCommands commands, PlanAccess access, ClaimsPrincipal user,
                CancellationToken ct) =>
            {
                if (await access.DenyAsync(user, id, write: true, ct) is { } denied)
                {
                    return Problems.From(denied);
                }

                var result = await commands.PickAsync(id, body, ct);
                return result.IsSuccess ? Results.Ok(new { planId = id, version = result.Value }) : Problems.From(result.Error!);
            })
            .RequireAuthorization(Policies.ManagePlans).WithName("PickOpenClassUnits").OwnedBy(OwnerKinds.Plan, "id");
    }
}
