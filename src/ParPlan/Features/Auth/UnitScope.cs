using System.Security.Claims;
using ParPlan.Features.Organisation;
using ParPlan.Data;

namespace ParPlan.Features.Auth;

/// <summary>
/// The scope rules. Administrator: everything. Standing-agency officer: read and write within their government's subtree.
/// Leader: read within their government's subtree. Unit officer: read and write their own unit (and tasks assigned to it).
/// Appraiser: read within their province and appraise its subordinate governments. Only the administrator administers.
/// </summary>
public sealed class UnitScope(IOrgTree tree, TimeProvider time) : IUnitScope
{
    public DateOnly Today => VietnamTime.Today(time);

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, ScopeAction action, Guid unitId, DateOnly? asOf = null, CancellationToken ct = default)
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

        if (action == ScopeAction.Administer || me.UnitId is not { } own)
        {
            return false;
        }

        var date = asOf ?? Today;
        switch (me.Role)
        {
            case Roles.StandingOfficer when action is ScopeAction.Read or ScopeAction.Write:
            case Roles.Leader when action is ScopeAction.Read:
                return await tree.IsWithinAsync(unitId, await GovernmentAsync(own, date, ct), date, ct);
            case Roles.UnitOfficer when action is ScopeAction.Read or ScopeAction.Write:
                return unitId == own || await tree.IsWithinAsync(unitId, own, date, ct);
            case Roles.Appraiser when action is ScopeAction.Read or ScopeAction.Appraise:
                var province = await GovernmentAsync(own, date, ct);
                if (!await tree.IsWithinAsync(unitId, province, date, ct))
                {
                    return false;
                }

                // Appraisal is of the subordinate governments, not of the province itself.
                return action == ScopeAction.Read || await tree.GovernmentOfAsync(unitId, date, ct) != province;
            default:
                return false;
        }
    }

    public async Task<bool> AllowsTaskAsync(ClaimsPrincipal user, ScopeAction action, Guid ownerUnitId, IEnumerable<Guid> assignedUnitIds,
        DateOnly? asOf = null, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is null)
        {
            return false;
        }

        if (me.Role == Roles.UnitOfficer)
        {
            return action is ScopeAction.Read or ScopeAction.Write && me.UnitId is { } own && assignedUnitIds.Contains(own);
        }

        if (await AllowsAsync(user, action, ownerUnitId, asOf, ct))
        {
            return true;
        }

        // A task of an upper level's plan given to a unit in the user's scope (a province task a commune leads) is the
        // commune's to follow too: the same rule the task lists and search apply. The readable subtree is read once, so a
        // task given to every commune costs one lookup, and only the units inside it are checked for the action.
        var readable = await ReadableUnitsAsync(user, asOf, ct);
        foreach (var unit in assignedUnitIds.Where(u => readable is null || readable.Contains(u)))
        {
            if (action == ScopeAction.Read || await AllowsAsync(user, action, unit, asOf, ct))
            {
                return true;
            }
        }

        return false;
    }

    public async Task<(Guid? Root, bool Everything)> ReadRootAsync(ClaimsPrincipal user, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is null)
        {
            return (null, false);
        }

        if (me.IsAdmin)
        {
            return (null, true);
        }

        if (me.UnitId is not { } own)
        {
            return (null, false);
        }

        var date = asOf ?? Today;
        return me.Role switch
        {
            Roles.UnitOfficer => (own, false),
            Roles.StandingOfficer or Roles.Leader or Roles.Appraiser => (await GovernmentAsync(own, date, ct), false),
            _ => (null, false),
        };
    }

    public async Task<IReadOnlySet<Guid>?> ReadableUnitsAsync(ClaimsPrincipal user, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var (root, everything) = await ReadRootAsync(user, asOf, ct);
        if (everything)
        {
            return null;
        }

        return root is { } r ? (await tree.SubtreeAsync(r, asOf ?? Today, ct)).ToHashSet() : new HashSet<Guid>();
    }

    public async Task<Error?> DenyAsync(ClaimsPrincipal user, ScopeAction action, Guid unitId, DateOnly? asOf = null, CancellationToken ct = default)
    {
        if (await AllowsAsync(user, action, unitId, asOf, ct))
        {
            return null;
        }

        if (action != ScopeAction.Read && await AllowsAsync(user, ScopeAction.Read, unitId, asOf, ct))
        {
            return Error.Forbidden("Vai trò của bạn không cho phép thao tác này với đơn vị.");
        }

        return Error.NotFound("Không tìm thấy đơn vị trong phạm vi của bạn.");
    }

    private async Task<Guid> GovernmentAsync(Guid unitId, DateOnly date, CancellationToken ct) =>
        await tree.GovernmentOfAsync(unitId, date, ct) ?? unitId;
}
