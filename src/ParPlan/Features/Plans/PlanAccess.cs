using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Plans;

/// <summary>Who may read and change a government's plans. Administrators and standing officers write within their
/// government; leaders and appraisers read within their scope; unit officers read the plans of their own government.</summary>
public sealed class PlanAccess(IUnitScope scope, IOrgTree tree, AppDbContext db)
{
    public DateOnly Today => scope.Today;

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, Guid governmentId, CancellationToken ct = default)
    {
        if (await scope.AllowsAsync(user, ScopeAction.Read, governmentId, ct: ct))
        {
            return true;
        }

        return CurrentUser.From(user) is { Role: Roles.UnitOfficer, UnitId: { } own }
            && await tree.GovernmentOfAsync(own, Today, ct) == governmentId;
    }

    public async Task<bool> CanWriteAsync(ClaimsPrincipal user, Guid governmentId, CancellationToken ct = default) =>
        CurrentUser.From(user) is { Role: Roles.Admin or Roles.StandingOfficer }
        && await scope.AllowsAsync(user, ScopeAction.Write, governmentId, ct: ct);

    /// <summary>The government a standing officer works for (the admin has none): the default for imports.</summary>
    public async Task<Guid?> OwnGovernmentAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        CurrentUser.From(user)?.UnitId is { } own ? await tree.GovernmentOfAsync(own, Today, ct) ?? own : null;

    /// <summary>Null when allowed; otherwise a 404 problem when the plan is missing or unreadable, 403 when read-only.</summary>
    public async Task<IResult?> DenyAsync(ClaimsPrincipal user, Guid planId, bool write, CancellationToken ct = default)
    {
        var government = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => (Guid?)p.GovernmentId).FirstOrDefaultAsync(ct);
        if (government is not { } gov || !await CanReadAsync(user, gov, ct))
        {
            return PlanProblems.NotFound();
        }

        return write && !await CanWriteAsync(user, gov, ct) ? PlanProblems.Forbidden() : null;
    }

    /// <summary>The governments whose plans the user may read; null means all (administrator).</summary>
    public async Task<IReadOnlyCollection<Guid>?> ReadableGovernmentsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var readable = await scope.ReadableUnitsAsync(user, ct: ct);
        if (readable is null)
        {
            return null;
        }

        var result = readable.ToHashSet();
        if (CurrentUser.From(user) is { Role: Roles.UnitOfficer, UnitId: { } own } && await tree.GovernmentOfAsync(own, Today, ct) is { } gov)
        {
            result.Add(gov);
        }

        return result;
    }
}

public static class PlanProblems
{
    public static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy",
        detail: "Kế hoạch không tồn tại hoặc bạn không có quyền xem.");

    public static IResult Forbidden() => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền",
        detail: "Bạn chỉ có quyền xem kế hoạch này, không được thay đổi.");

    public static IResult From(Error error) => error.Code switch
    {
        "not-found" => Results.Problem(statusCode: 404, title: "Không tìm thấy", detail: error.Message),
        "conflict" => Results.Problem(statusCode: 409, title: "Xung đột dữ liệu", detail: error.Message),
        "too-large" => Results.Problem(statusCode: 413, title: "Tệp quá lớn", detail: error.Message),
        "forbidden" => Results.Problem(statusCode: 403, title: "Không có quyền", detail: error.Message),
        _ => Results.Problem(statusCode: 400, title: "Yêu cầu không hợp lệ", detail: error.Message),
    };
}
