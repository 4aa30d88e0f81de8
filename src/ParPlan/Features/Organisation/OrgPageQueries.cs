using System.Security.Claims;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Organisation;

/// <summary>The reads the organisation pages make for a user, over <see cref="OrgQueries"/> and <see cref="OrgOverviews"/>:
/// each one limited by the user's scope (<see cref="IUnitScope"/>), so a page never sees a unit its user may not read.</summary>
public sealed class OrgPageQueries(OrgQueries queries, OrgOverviews overviews, IUnitScope scope)
{
    /// <summary>Whether the user edits the organisation (administrators only) and the root of what they read.</summary>
    public async Task<OrgPageAccess> AccessAsync(ClaimsPrincipal user, DateOnly asOf, CancellationToken ct = default)
    {
        var (root, everything) = await scope.ReadRootAsync(user, asOf, ct);
        return new OrgPageAccess(user.IsInRole(Roles.Admin), everything ? null : root ?? Guid.Empty);
    }

    /// <summary>The tree on <paramref name="asOf"/> limited to the units the user may read, in depth-first order.</summary>
    public async Task<IReadOnlyList<UnitNode>> VisibleTreeAsync(ClaimsPrincipal user, DateOnly asOf, CancellationToken ct = default)
    {
        var readable = await scope.ReadableUnitsAsync(user, asOf, ct);
        var tree = await queries.TreeAsync(asOf, null, ct);
        return tree.Where(n => readable is null || readable.Contains(n.Id)).ToList();
    }

    /// <summary>A unit's detail when the user may read it on the date shown (or, for an ended unit, on its last day);
    /// null when it does not exist or lies outside the user's scope, so the two cannot be told apart.</summary>
    public async Task<UnitDetail?> VisibleDetailAsync(ClaimsPrincipal user, Guid id, DateOnly asOf, CancellationToken ct = default)
    {
        var detail = await queries.DetailAsync(id, asOf, ct);
        if (detail is null)
        {
            return null;
        }

        var day = detail.ValidTo is { } end && end < asOf ? end : asOf;
        return await scope.AllowsAsync(user, ScopeAction.Read, id, day, ct) ? detail : null;
    }

    /// <summary>The groups the user may read with their members on the date: all for an administrator, otherwise the
    /// groups of the governments inside the user's scope.</summary>
    public async Task<IReadOnlyList<GroupView>> VisibleGroupsAsync(ClaimsPrincipal user, DateOnly asOf, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return await overviews.GroupsAsync(asOf, ct: ct);
        }

        var governments = (await VisibleTreeAsync(user, asOf, ct)).Where(n => n.Kind.IsGovernment()).Select(n => n.Id).ToHashSet();
        return await overviews.GroupsAsync(asOf, visible: governments, ct: ct);
    }

    /// <summary>The governments the user may read (on today's date, or on an ended government's last day) with their
    /// standing agencies over time.</summary>
    public async Task<IReadOnlyList<StandingView>> VisibleStandingAsync(ClaimsPrincipal user, DateOnly today, CancellationToken ct = default)
    {
        var visible = new List<StandingView>();
        foreach (var row in await overviews.StandingAsync(ct))
        {
            var day = row.ValidTo is { } end && end < today ? end : today;
            if (await scope.AllowsAsync(user, ScopeAction.Read, row.GovernmentId, day, ct))
            {
                visible.Add(row);
            }
        }

        return visible;
    }
}
