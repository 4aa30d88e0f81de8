using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using ParPlan.Features.Auth;
using ParPlan.Features.Plans;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Indicators;

/// <summary><c>GET /api/plans/{planId}/indicator-links</c>: the plan's targets with their indicator link and the suggestion;
/// <c>PUT /api/plans/{planId}/indicator-links/{targetId}</c>: confirm an indicator or mark "no indicator". Reading follows the
/// plan's read rule (404 outside it); writing needs an administrator or the government's standing officer (403 for a
/// reader). <c>POST /ke-hoach/{planId}/chi-so</c> is the plan page's form for the same change.</summary>
public static class PlanTargetLinkEndpoints
{
    /// <summary>The form's value for "this target has no indicator".</summary>
    public const string NoIndicatorChoice = "khong-co";

    /// <summary>The query parameter that carries the form's error back to the plan page.</summary>
    public const string ErrorParameter = "chiso-loi";

    public static string FormAction(Guid planId) => $"/ke-hoach/{planId}/chi-so";

    public static IEndpointRouteBuilder MapPlanTargetLinkEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans/{planId:guid}/indicator-links").WithTags("Indicators").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", ListAsync).OwnedBy(OwnerKinds.Plan, "planId");
        api.MapPut("/{targetId:guid}", LinkAsync).OwnedBy(OwnerKinds.Plan, "planId", "targetId");
        app.MapPost("/ke-hoach/{planId:guid}/chi-so", FormAsync).RequireAuthorization(Policies.ManagePlans).OwnedBy(OwnerKinds.Plan, "planId");
        return app;
    }

    public static async Task<IResult> ListAsync(Guid planId, ClaimsPrincipal user, PlanAccess access, PlanTargetLinker links, CancellationToken ct) =>
        await access.DenyAsync(user, planId, write: false, ct) is { } denied ? Problems.From(denied) : Results.Ok(await links.ListAsync(planId, ct));

    public static async Task<IResult> LinkAsync(Guid planId, Guid targetId, LinkTargetRequest request, ClaimsPrincipal user, PlanAccess access,
        PlanTargetLinker links, CancellationToken ct)
    {
        if (await access.DenyAsync(user, planId, write: true, ct) is { } deny) return Problems.From(deny);
        var result = await links.LinkAsync(planId, targetId, request, ct);
        return result.IsSuccess ? Results.Ok(result.Value) : Problems.From(result.Error!);
    }

    private static async Task<IResult> FormAsync(Guid planId, HttpRequest request, ClaimsPrincipal user, IAntiforgery antiforgery, PlanAccess access,
        PlanTargetLinker links, CancellationToken ct)
    {
        var page = $"/ke-hoach/{planId}";
        if (!await antiforgery.IsRequestValidAsync(request.HttpContext))
        {
            return Back(page, ErrorParameter, "Phiên làm việc đã hết hạn, vui lòng tải lại trang.");
        }

        if (await access.DenyAsync(user, planId, write: true, ct) is { } denied)
        {
            // Outside the user's scope: 404 like an unknown plan, so its existence is not revealed.
            return Problems.StatusOf(denied) == StatusCodes.Status404NotFound
                ? Results.NotFound()
                : Back(page, ErrorParameter, "Bạn không có quyền gắn chỉ tiêu của kế hoạch này với chỉ số.");
        }

        var form = await request.ReadFormAsync(ct);
        if (!Guid.TryParse(form["targetId"], out var targetId))
        {
            return Back(page, ErrorParameter, "Không rõ chỉ tiêu nào cần gắn; tải lại trang rồi thử lại.");
        }

        var choice = form["indicatorCode"].ToString();
        long? version = long.TryParse(form["version"], out var v) ? v : null;
        var none = choice == NoIndicatorChoice;
        var result = await links.LinkAsync(planId, targetId, new LinkTargetRequest(none ? null : choice, none, version), ct);
        return result.IsSuccess
            ? Back(page, "tb", none ? "Đã đánh dấu chỉ tiêu không có chỉ số." : $"Đã gắn chỉ tiêu với chỉ số \"{result.Value!.IndicatorName}\".")
            : Back(page, ErrorParameter, result.Error!.Message);
    }

    private static IResult Back(string page, string parameter, string message) =>
        Results.Redirect($"{page}?{parameter}={Uri.EscapeDataString(message)}#chi-tieu-chi-so");
}
