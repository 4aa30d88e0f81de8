using System.Security.Claims;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Auth;

/// <summary>Who may use an object that belongs to one government: its settings and work in progress (column maps,
/// dossier imports with their staged files and rejected rows, plan import sessions, unit-name mappings, indicator
/// targets and hand-entered actuals). The administrator and the standing officers of that government read and change
/// them; everyone else is answered 404 (<c>Error.NotFound</c>), so the object's existence is not revealed (docs/architecture.md, "Who owns what").
/// Plans and tasks follow <see cref="IUnitScope"/> instead: a province oversees its communes' plans.</summary>
public sealed class GovernmentOwnership(IOrgTree tree, TimeProvider time)
{
    /// <summary>The government the user acts for (their unit's UBND); null for the administrator and a user without a unit.</summary>
    public async Task<Guid?> GovernmentOfAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is null || me.IsAdmin || me.UnitId is not { } unit) return null;
        return await tree.GovernmentOfAsync(unit, VietnamTime.Today(time), ct) ?? unit;
    }

    /// <summary>True for the administrator, and for a standing officer of <paramref name="owner"/>. An object without an
    /// owner (made by the administrator or the command line for every government) is the administrator's alone.</summary>
    public async Task<bool> MayUseAsync(ClaimsPrincipal user, Guid? owner, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is null) return false;
        if (me.IsAdmin) return true;
        return me.Role == Roles.StandingOfficer && owner is { } government && await GovernmentOfAsync(user, ct) == government;
    }
}
