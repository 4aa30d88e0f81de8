using System.Security.Claims;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Reports.Regimes;

/// <summary>Who may see and change a government's reporting regimes: everyone who may read the government (its
/// leaders, the upper level's officers) reads them; only its standing officers and the administrator change them.</summary>
public sealed class RegimeAccess(IUnitScope scope, GovernmentOwnership ownership)
{
    public DateOnly Today => scope.Today;

    public static Error NotFound() => Error.NotFound("Không tìm thấy chế độ báo cáo, hoặc bạn không có quyền xem.");

    public static Error ReadOnly() =>
        Error.Forbidden("Chỉ cán bộ cơ quan thường trực CCHC của chính quyền này được sửa chế độ báo cáo; bạn chỉ được xem.");

    /// <summary>The government the user acts for (null for the administrator).</summary>
    public Task<Guid?> OwnGovernmentAsync(ClaimsPrincipal user, CancellationToken ct = default) => ownership.GovernmentOfAsync(user, ct);

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, Guid governmentId, CancellationToken ct = default) =>
        await scope.AllowsAsync(user, ScopeAction.Read, governmentId, ct: ct) || await ownership.GovernmentOfAsync(user, ct) == governmentId;

    public Task<bool> CanEditAsync(ClaimsPrincipal user, Guid governmentId, CancellationToken ct = default) =>
        ownership.MayUseAsync(user, governmentId, ct);

    /// <summary>Null when allowed; not-found when the user may not even read the government, forbidden when read-only.</summary>
    public async Task<Error?> DenyAsync(ClaimsPrincipal user, Guid governmentId, bool write, CancellationToken ct = default)
    {
        if (!await CanReadAsync(user, governmentId, ct))
        {
            return NotFound();
        }

        return write && !await CanEditAsync(user, governmentId, ct) ? ReadOnly() : null;
    }
}
