using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.ParIndex;

/// <summary>
/// Who may do what in the PAR INDEX cycle, as decisions (null = allowed, else the error the endpoint answers).
/// Read: whoever may read the assessed unit (its government's officers and leaders, the province's appraisers) and the
/// officers of units inside it. Self-score: the standing agency (write scope on the unit), the unit itself, or the unit
/// that owns the criterion's area. Compile and submit: the standing agency or the unit itself. Appraise, survey points,
/// finalise: the appraisers of the province (and the administrator). Anyone outside the province gets 404.
/// </summary>
public sealed class ParAccess(AppDbContext db, IUnitScope scope, IOrgTree tree, GovernmentOwnership ownership)
{
    public async Task<bool> SeesSetAsync(ClaimsPrincipal user, ParCriteriaSet set, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is null) return false;
        if (me.IsAdmin || set.GovernmentId is null) return true;
        return await ownership.GovernmentOfAsync(user, ct) is { } gov && await tree.IsWithinAsync(gov, set.GovernmentId.Value, scope.Today, ct);
    }

    /// <summary>Importing a set: the administrator (for every government), an appraiser or a standing officer (for their own).</summary>
    public Error? Import(ClaimsPrincipal user) =>
        CurrentUser.From(user)?.Role is Roles.Admin or Roles.Appraiser or Roles.StandingOfficer
            ? null
            : Error.Forbidden("Chỉ cán bộ thẩm định, cơ quan thường trực hoặc quản trị hệ thống được nhập bộ tiêu chí.");

    public async Task<Error?> ReadAsync(ClaimsPrincipal user, Guid unitId, CancellationToken ct = default)
    {
        if (await scope.AllowsAsync(user, ScopeAction.Read, unitId, null, ct)) return null;
        var me = CurrentUser.From(user);
        if (me?.Role == Roles.UnitOfficer && me.UnitId is { } own && await tree.IsWithinAsync(own, unitId, scope.Today, ct)) return null;
        return NotFound();
    }

    /// <summary>The unit's side as a whole: open, submit, explain. The standing agency or the unit itself.</summary>
    public async Task<Error?> CompileAsync(ClaimsPrincipal user, Guid unitId, CancellationToken ct = default)
    {
        if (await ReadAsync(user, unitId, ct) is { } denied) return denied;
        var me = CurrentUser.From(user)!;
        if (me.IsAdmin || (me.Role == Roles.UnitOfficer && me.UnitId == unitId)) return null;
        if (me.Role == Roles.StandingOfficer && await scope.AllowsAsync(user, ScopeAction.Write, unitId, null, ct)) return null;
        return Error.Forbidden("Cơ quan thường trực CCHC của đơn vị tổng hợp và gửi bản tự đánh giá; vai trò của bạn không làm được việc này.");
    }

    /// <summary>A self-score of one criterion: the unit's side as a whole, or the unit that owns the criterion's area.</summary>
    public async Task<Error?> ScoreAsync(ClaimsPrincipal user, Guid unitId, string code, string? area, CancellationToken ct = default)
    {
        if (await ReadAsync(user, unitId, ct) is { } denied) return denied;
        if (await CompileAsync(user, unitId, ct) is null) return null;
        var me = CurrentUser.From(user)!;
        var owner = area is null ? null : await db.Set<ParAreaOwner>().AsNoTracking().Where(o => o.GovernmentId == unitId && o.Area == area)
            .Select(o => (Guid?)o.UnitId).FirstOrDefaultAsync(ct);
        if (me.Role == Roles.UnitOfficer && owner is { } o2 && me.UnitId == o2) return null;
        var who = owner is { } o3 ? await db.Units.Where(u => u.Id == o3).Select(u => u.Name).FirstOrDefaultAsync(ct) : "cơ quan thường trực CCHC";
        return Error.Forbidden($"Tiêu chí {code} thuộc lĩnh vực \"{ParAreaLabels.Label(area)}\", do {who} chấm điểm; bạn không chấm điểm tiêu chí này được.");
    }

    public async Task<Error?> AppraiseAsync(ClaimsPrincipal user, Guid unitId, CancellationToken ct = default)
    {
        if (await ReadAsync(user, unitId, ct) is { } denied) return denied;
        return CurrentUser.From(user)?.Role is Roles.Admin or Roles.Appraiser
            ? null
            : Error.Forbidden("Chỉ cán bộ thẩm định (Sở Nội vụ) thẩm định, nhập điểm điều tra xã hội học và chốt kết quả.");
    }

    /// <summary>Deciding remediation proposals into next year's plan: the standing agency (write scope on the unit) or the administrator.</summary>
    public async Task<Error?> RemediateAsync(ClaimsPrincipal user, Guid unitId, CancellationToken ct = default)
    {
        if (await ReadAsync(user, unitId, ct) is { } denied) return denied;
        var me = CurrentUser.From(user)!;
        if (me.IsAdmin || (me.Role == Roles.StandingOfficer && await scope.AllowsAsync(user, ScopeAction.Write, unitId, null, ct))) return null;
        return Error.Forbidden("Cơ quan thường trực CCHC xem xét đề xuất khắc phục và đưa vào kế hoạch năm sau; vai trò của bạn không làm được việc này.");
    }

    public static Error NotFound() => Error.NotFound("Không tìm thấy bản tự đánh giá trong phạm vi của bạn.");
}
