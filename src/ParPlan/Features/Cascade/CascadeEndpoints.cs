using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Plans;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Cascade;

/// <summary>The cascade routes of the HTTP contract (obligations, child plans) plus the parent link and coverage.</summary>
public static class CascadeEndpoints
{
    public static RouteGroupBuilder MapCascadeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans").WithTags("Cascade").RequireAuthorization(Policies.SignedIn);
        group.MapPost("/{id:guid}/cascade", CascadeAsync).WithName("CascadePlan").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Plan, "id");
        group.MapGet("/{id:guid}/cascade", ListAsync).WithName("PlanCascade").OwnedBy(OwnerKinds.Plan, "id");
        group.MapPost("/{id:guid}/children", ChildAsync).WithName("CreateChildPlan").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Plan, "id");
        group.MapGet("/{id:guid}/coverage", CoverageAsync).WithName("PlanCoverage").OwnedBy(OwnerKinds.Plan, "id");
        group.MapPost("/{id:guid}/parent", ParentAsync).WithName("LinkParentPlan").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Plan, "id");
        group.MapGet("/{id:guid}/link-proposals", ProposalsAsync).WithName("PlanLinkProposals").OwnedBy(OwnerKinds.Plan, "id");
        group.MapPost("/{id:guid}/links", LinksAsync).WithName("ConfirmPlanLinks").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Plan, "id");
        group.MapPost("/{id:guid}/waivers", WaiveAsync).WithName("WaivePlanTask").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Plan, "id");
        group.MapDelete("/{id:guid}/waivers", UnwaiveAsync).WithName("UndoPlanTaskWaiver").RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Plan, "id");
        return group;
    }

    public static async Task<IResult> ProposalsAsync(Guid id, LinkProposals proposals, PlanAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.DenyAsync(user, id, write: false, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        var result = await proposals.ProposeAsync(id, ct);
        return result.IsSuccess ? Results.Ok(result.Value) : Problems.From(result.Error!);
    }

    public static async Task<IResult> LinksAsync(Guid id, LinksRequest body, LinkProposals proposals, CascadeAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.WriteAsync(user, id, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        var result = await proposals.ConfirmAsync(id, body.Links, ct);
        return result.IsSuccess ? Results.Ok(new { linked = result.Value }) : Problems.From(result.Error!);
    }

    /// <summary>Marks a parent task as not applicable to one lower government, with the reason the matrix shows.</summary>
    public static async Task<IResult> WaiveAsync(Guid id, WaiverRequest body, CascadeCommands commands, CascadeAccess access, ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (await access.WriteAsync(user, id, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        if (body.ParentTaskId is not { } task || body.GovernmentId is not { } government)
        {
            return Problems.From(Error.Invalid("Chọn nhiệm vụ (parentTaskId) và địa phương (governmentId) không áp dụng."));
        }

        var result = await commands.WaiveAsync(id, task, government, body.Reason, ct);
        return result.IsSuccess ? Results.Ok(new { id = result.Value, parentTaskId = task, governmentId = government }) : Problems.From(result.Error!);
    }

    /// <summary>Undoes a waiver (<c>?parentTaskId=…&amp;governmentId=…</c>).</summary>
    public static async Task<IResult> UnwaiveAsync(Guid id, Guid? parentTaskId, Guid? governmentId, CascadeCommands commands, CascadeAccess access,
        ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.WriteAsync(user, id, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        if (parentTaskId is not { } task || governmentId is not { } government)
        {
            return Problems.From(Error.Invalid("Chọn nhiệm vụ (parentTaskId) và địa phương (governmentId) cần bỏ ghi nhận không áp dụng."));
        }

        var result = await commands.UnwaiveAsync(id, task, government, ct);
        return result.IsSuccess ? Results.NoContent() : Problems.From(result.Error!);
    }

    public static async Task<IResult> CascadeAsync(Guid id, CascadeRequest body, CascadeCommands commands, CascadeQueries queries, CascadeAccess access,
        ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.WriteAsync(user, id, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        var result = await commands.CascadeAsync(id, body.GovernmentIds, body.DueOn, ct);
        return result.IsSuccess ? Results.Ok(Json(await queries.ObligationsAsync(id, ct) ?? [])) : Problems.From(result.Error!);
    }

    public static async Task<IResult> ListAsync(Guid id, CascadeQueries queries, CascadeAccess access, AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var government = await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => (Guid?)p.GovernmentId).FirstOrDefaultAsync(ct);
        var (denied, only) = government is { } g ? await access.ReadAsync(user, id, g, ct) : (PlanAccess.NotFound(), null);
        if (denied is not null)
        {
            return Problems.From(denied);
        }

        var rows = await queries.ObligationsAsync(id, ct) ?? [];
        return Results.Ok(Json(rows.Where(r => only is null || r.GovernmentId == only)));
    }

    public static async Task<IResult> ChildAsync(Guid id, ChildPlanRequest body, ChildPlanBuilder builder, CascadeAccess access, ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (body.GovernmentId is not { } government)
        {
            return await access.WriteAsync(user, id, ct) is { Code: "not-found" } missing
                ? Problems.From(missing)
                : Problems.From(Error.Invalid("Chọn chính quyền xây dựng kế hoạch (governmentId)."));
        }

        if (await access.CreateChildAsync(user, id, government, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        var result = await builder.CreateAsync(id, new ChildPlanDraft(government, body.ShiftDays ?? 0, body.Units), ct);
        return result.Value is var (planId, count) && result.IsSuccess
            ? Results.Created($"/api/plans/{planId}", new { planId, taskCount = count })
            : Problems.From(result.Error!);
    }

    public static async Task<IResult> CoverageAsync(Guid id, CascadeQueries queries, CascadeAccess access, AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var government = await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => (Guid?)p.GovernmentId).FirstOrDefaultAsync(ct);
        var (denied, only) = government is { } g ? await access.ReadAsync(user, id, g, ct) : (PlanAccess.NotFound(), null);
        if (denied is not null || only is not null || await queries.CoverageAsync(id, ct) is not { } view)
        {
            return Problems.From(denied ?? PlanAccess.NotFound());
        }

        var m = view.Matrix;
        return Results.Ok(new
        {
            governments = view.Plan.LowerGovernments.Select(x => new { id = x.Id, name = x.Name }),
            tasks = view.Plan.Tasks.Select((t, i) =>
            {
                var (applicable, covered, done, share) = m.ForTask(i);
                return new
                {
                    id = t.Id, t.Ref, area = t.Area, applicable, covered, done, rollUp = share,
                    cells = m.Governments.Select((gov, j) => new { governmentId = gov, state = StateCode(m.Cells[i, j].State), reason = m.Cells[i, j].Reason, done = m.Cells[i, j].Done }),
                };
            }),
            byArea = m.ByArea().Select(a => new { area = a.Area, a.Applicable, a.Covered, a.Done }),
        });
    }

    public static async Task<IResult> ParentAsync(Guid id, ParentLinkRequest body, CascadeCommands commands, CascadeAccess access, ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (await access.WriteAsync(user, id, ct) is { } denied)
        {
            return Problems.From(denied);
        }

        if (body.ParentPlanId is not { } parent)
        {
            return Problems.From(Error.Invalid("Chọn kế hoạch cấp trên (parentPlanId)."));
        }

        var result = await commands.LinkParentAsync(id, parent, ct);
        return result.IsSuccess ? Results.Ok(new { id, parentPlanId = parent }) : Problems.From(result.Error!);
    }

    public static string StateCode(Core.Cascade.CoverageState state) => state switch
    {
        Core.Cascade.CoverageState.Covered => "covered",
        Core.Cascade.CoverageState.NotCovered => "not-covered",
        _ => "not-applicable",
    };

    private static IEnumerable<object> Json(IEnumerable<ObligationRow> rows) => rows.Select(r => new
    {
        r.GovernmentId, r.GovernmentName, r.DueOn, r.ChildPlanId, status = r.StatusCode, r.ChildIssuedOn, r.DaysLate,
        coverage = new { parentTasks = r.ParentTasks, covered = r.Covered },
    });
}
