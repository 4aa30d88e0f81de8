using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using ParPlan.Components.Flash;
using ParPlan.Core.Text;
using ParPlan.Features.Auth;
using ParPlan.Features.Plans;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Indicators;

/// <summary><c>GET /api/plans/{planId}/indicator-links</c>: the plan's targets with their indicator link and the suggestion;
/// <c>PUT /api/plans/{planId}/indicator-links/{targetId}</c>: confirm an indicator or mark "no indicator". Reading follows the
/// plan's read rule (404 outside it); writing needs an administrator or the government's standing officer (403 for a
/// reader). <c>POST /ke-hoach/{planId}/chi-so</c> is the plan page's one form for all its targets.</summary>
public static class PlanTargetLinkEndpoints
{
    /// <summary>The form's value for "this target has no indicator".</summary>
    public const string NoIndicatorChoice = "khong-co";

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
        PlanTargetLinker links, FlashMessages flash, CancellationToken ct)
    {
        var page = $"/ke-hoach/{planId}";
        if (!await antiforgery.IsRequestValidAsync(request.HttpContext))
        {
            return Back(request.HttpContext, flash, page, "Phiên làm việc đã hết hạn, vui lòng tải lại trang.");
        }

        if (await access.DenyAsync(user, planId, write: true, ct) is { } denied)
        {
            // Outside the user's scope: 404 like an unknown plan, so its existence is not revealed.
            return Problems.StatusOf(denied) == StatusCodes.Status404NotFound
                ? Results.NotFound()
                : Back(request.HttpContext, flash, page, "Bạn không có quyền gắn chỉ tiêu của kế hoạch này với chỉ số.");
        }

        // One form for all the plan's targets: a "targetId" per row, with "indicatorCode-{id}" and "version-{id}";
        // a row whose choice is what is already confirmed is left alone. (A single "indicatorCode" still links one target.)
        var form = await request.ReadFormAsync(ct);
        var ids = form["targetId"].Select(t => Guid.TryParse(t, out var id) ? id : Guid.Empty).ToList();
        if (ids.Count == 0 || ids.Contains(Guid.Empty))
        {
            return Back(request.HttpContext, flash, page, "Không rõ chỉ tiêu nào cần gắn; tải lại trang rồi thử lại.");
        }

        var current = (await links.ListAsync(planId, ct)).ToDictionary(t => t.TargetId);
        var saved = 0;
        var errors = new List<string>();
        foreach (var targetId in ids.Distinct())
        {
            var choice = (ids.Count == 1 && form.ContainsKey("indicatorCode") ? form["indicatorCode"] : form[$"indicatorCode-{targetId}"]).ToString();
            var versionText = ids.Count == 1 && form.ContainsKey("version") ? form["version"] : form[$"version-{targetId}"];
            long? version = long.TryParse(versionText, out var v) ? v : null;
            var none = choice == NoIndicatorChoice;
            if (current.TryGetValue(targetId, out var now) && Unchanged(now, none ? null : choice))
            {
                continue;
            }

            var result = await links.LinkAsync(planId, targetId, new LinkTargetRequest(none ? null : choice, none, version), ct);
            if (result.IsSuccess)
            {
                saved++;
            }
            else
            {
                errors.Add(now is null ? result.Error!.Message : $"«{now.Text}»: {result.Error!.Message}");
            }
        }

        if (errors.Count > 0)
        {
            return Back(request.HttpContext, flash, page, (saved > 0 ? $"Đã lưu {saved} chỉ tiêu; " : "") + string.Join(" ", errors));
        }

        flash.Set(request.HttpContext, saved == 0 ? "Không có thay đổi nào để lưu." : $"Đã lưu chỉ số của {NumberText.Count(saved)} chỉ tiêu.");
        return Results.Redirect($"{page}#chi-tieu-chi-so");
    }

    /// <summary>The row keeps what is already confirmed (the same indicator, or "no indicator").</summary>
    private static bool Unchanged(PlanTargetLinkDto now, string? code) => now.Status switch
    {
        PlanTargetLinker.StatusConfirmed => now.IndicatorCode == code,
        PlanTargetLinker.StatusNone => code is null,
        _ => false,
    };

    private static IResult Back(HttpContext context, FlashMessages flash, string page, string message) =>
        flash.RedirectWithError(context, $"{page}#chi-tieu-chi-so", message);
}
