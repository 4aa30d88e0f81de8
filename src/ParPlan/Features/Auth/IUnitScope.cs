using System.Security.Claims;

namespace ParPlan.Features.Auth;

/// <summary>Answers "may user U do action A on unit X at date D" by role and unit scope (see <see cref="UnitScope"/>).</summary>
public interface IUnitScope
{
    /// <summary>Today in Vietnam, the default date of every check.</summary>
    DateOnly Today { get; }

    Task<bool> AllowsAsync(ClaimsPrincipal user, ScopeAction action, Guid unitId, DateOnly? asOf = null, CancellationToken ct = default);

    /// <summary>For a task owned by <paramref name="ownerUnitId"/> (the plan's government) and assigned (lead or support)
    /// to <paramref name="assignedUnitIds"/>: a unit officer reaches it through the assignment; anyone else through the
    /// plan's government or an assigned unit within their scope (an upper level's task given to their commune).</summary>
    Task<bool> AllowsTaskAsync(ClaimsPrincipal user, ScopeAction action, Guid ownerUnitId, IEnumerable<Guid> assignedUnitIds,
        DateOnly? asOf = null, CancellationToken ct = default);

    /// <summary>The root of the user's readable subtree; Everything is true (and Root null) for an administrator.</summary>
    Task<(Guid? Root, bool Everything)> ReadRootAsync(ClaimsPrincipal user, DateOnly? asOf = null, CancellationToken ct = default);

    /// <summary>The units the user may read on the date; null means every unit (administrator).</summary>
    Task<IReadOnlySet<Guid>?> ReadableUnitsAsync(ClaimsPrincipal user, DateOnly? asOf = null, CancellationToken ct = default);

    /// <summary>One call for handlers: null when allowed, otherwise not-found when the user may not even read the unit
    /// (its existence is not revealed) or forbidden when they may read but not do <paramref name="action"/>. Endpoints
    /// answer it with <c>Problems.From</c>.</summary>
    Task<Error?> DenyAsync(ClaimsPrincipal user, ScopeAction action, Guid unitId, DateOnly? asOf = null, CancellationToken ct = default);
}
