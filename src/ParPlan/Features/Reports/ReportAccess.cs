using System.Security.Claims;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Reports;

/// <summary>
/// Who may do what with a report. Reading follows the unit scope (<see cref="IUnitScope"/>: leaders read their whole
/// government, a unit officer its own unit); outside it the report does not exist (404). Writing (start, edit, submit,
/// waive) belongs to the unit that writes it: its own officers, and, for a government's own report, that government's
/// standing officers. Reviewing (accept, return, un-accept) belongs to the receiving standing agency: a unit's report
/// goes to its government's standing officers, a government's report to the standing officers of the level above. The
/// administrator may do everything.
/// </summary>
public sealed class ReportAccess(OrgTree tree, IUnitScope scope)
{
    public static Error NotFound() => Error.NotFound("Không tìm thấy báo cáo trong phạm vi của bạn.");

    /// <summary>Null when the user may read the unit's reports; otherwise the 404 that hides them.</summary>
    public async Task<Error?> ReadDenyAsync(ClaimsPrincipal user, Guid unitId, CancellationToken ct = default) =>
        await scope.AllowsAsync(user, ScopeAction.Read, unitId, ct: ct) ? null : NotFound();

    /// <summary>Null when the user writes for the unit; a 404 outside their scope, a 403 when they only read it.</summary>
    public async Task<Error?> WriteDenyAsync(ClaimsPrincipal user, Guid unitId, bool isGovernment, CancellationToken ct = default)
    {
        if (await ReadDenyAsync(user, unitId, ct) is { } hidden)
        {
            return hidden;
        }

        return await MayWriteAsync(user, unitId, isGovernment, ct)
            ? null
            : Error.Forbidden("Chỉ đơn vị lập báo cáo mới được lập, sửa và gửi báo cáo này; vai trò của bạn chỉ được xem.");
    }

    /// <summary>Null when the user is of the receiving standing agency; a 404 outside their scope, a 403 otherwise.</summary>
    public async Task<Error?> ReviewDenyAsync(ClaimsPrincipal user, Guid unitId, bool isGovernment, CancellationToken ct = default)
    {
        if (await ReadDenyAsync(user, unitId, ct) is { } hidden)
        {
            return hidden;
        }

        return await MayReviewAsync(user, unitId, isGovernment, ct)
            ? null
            : Error.Forbidden("Chỉ cơ quan thường trực cải cách hành chính của cấp nhận báo cáo mới được tiếp nhận, trả lại hoặc hủy tiếp nhận báo cáo này.");
    }

    public async Task<bool> MayWriteAsync(ClaimsPrincipal user, Guid unitId, bool isGovernment, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is null)
        {
            return false;
        }

        if (me.IsAdmin)
        {
            return true;
        }

        if (me.UnitId is not { } own || me.Role is not (Roles.UnitOfficer or Roles.StandingOfficer))
        {
            return false;
        }

        if (own == unitId)
        {
            return true;
        }

        return me.Role == Roles.StandingOfficer && isGovernment && await GovernmentOfAsync(own, ct) == unitId;
    }

    public async Task<bool> MayReviewAsync(ClaimsPrincipal user, Guid unitId, bool isGovernment, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is null)
        {
            return false;
        }

        if (me.IsAdmin)
        {
            return true;
        }

        if (me.Role != Roles.StandingOfficer || me.UnitId is not { } own)
        {
            return false;
        }

        return await ReceiverAsync(unitId, isGovernment, ct) is { } receiver && await GovernmentOfAsync(own, ct) == receiver;
    }

    /// <summary>The government whose standing agency receives the unit's report: the unit's own government for an
    /// agency, the government above for a government; null for the top of the tree (it reports outside ParPlan).</summary>
    public async Task<Guid?> ReceiverAsync(Guid unitId, bool isGovernment, CancellationToken ct = default)
    {
        var today = scope.Today;
        if (!isGovernment)
        {
            return await tree.GovernmentOfAsync(unitId, today, ct);
        }

        return await tree.ParentOfAsync(unitId, today, ct) is { } parent ? await tree.GovernmentOfAsync(parent, today, ct) : null;
    }

    /// <summary>The government of the user's unit (the unit itself when it is one); null for a user without a unit.</summary>
    public async Task<Guid?> OwnGovernmentAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        CurrentUser.From(user)?.UnitId is { } own ? await GovernmentOfAsync(own, ct) : null;

    private async Task<Guid> GovernmentOfAsync(Guid unitId, CancellationToken ct) =>
        await tree.GovernmentOfAsync(unitId, scope.Today, ct) ?? unitId;
}
