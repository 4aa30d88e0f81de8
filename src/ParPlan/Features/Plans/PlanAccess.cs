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

    /// <summary>Which of a government's plan tasks the user may open, by the task's units, with the rule of
    /// <see cref="IUnitScope.AllowsTaskAsync"/>: a unit officer its own unit's tasks; anyone else every task when the
    /// government is within their read scope, and otherwise (a plan read from below) the tasks given to a unit in it.</summary>
    public async Task<Func<IEnumerable<Guid>, bool>> TaskOpenerAsync(ClaimsPrincipal user, Guid governmentId, CancellationToken ct = default)
    {
        if (CurrentUser.From(user) is { Role: Roles.UnitOfficer } officer)
        {
            return units => officer.UnitId is { } own && units.Contains(own);
        }

        if (await scope.AllowsAsync(user, ScopeAction.Read, governmentId, ct: ct))
        {
            return _ => true;
        }

        var readable = await scope.ReadableUnitsAsync(user, ct: ct);
        return units => readable is null || units.Any(readable.Contains);
    }

    /// <summary>The plan's 404: the same for a plan that does not exist and one outside the user's scope.</summary>
    public static Error NotFound() => Error.NotFound("Kế hoạch không tồn tại hoặc bạn không có quyền xem.");

    /// <summary>The plan's 403: the user reads the plan but may not change it.</summary>
    public static Error ReadOnly() => Error.Forbidden("Bạn chỉ có quyền xem kế hoạch này, không được thay đổi.");

    /// <summary>Null when allowed; otherwise not-found when the plan is missing or unreadable, forbidden when read-only.
    /// Endpoints answer it with <c>Problems.From</c>; pages set <c>Problems.StatusOf</c>.</summary>
    public async Task<Error?> DenyAsync(ClaimsPrincipal user, Guid planId, bool write, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.GovernmentId, p.Status }).FirstOrDefaultAsync(ct);
        if (plan is not { GovernmentId: var gov } || !await CanReadAsync(user, gov, ct))
        {
            // A lower government reads its upper levels' issued plans, and only reads them.
            return plan is not null && plan.Status != PlanStatus.Draft && (await UpperGovernmentsAsync(user, ct)).Contains(plan.GovernmentId)
                ? write ? ReadOnly() : null
                : NotFound();
        }

        return write && !await CanWriteAsync(user, gov, ct) ? ReadOnly() : null;
    }

    /// <summary>The governments above the user's own (its province, its district before 2025), nearest first: their
    /// issued plans are readable from below. Empty for the administrator and a user without a unit.</summary>
    public async Task<IReadOnlyList<Guid>> UpperGovernmentsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (CurrentUser.From(user) is not { IsAdmin: false, UnitId: { } own } || await tree.GovernmentOfAsync(own, Today, ct) is not { } gov)
        {
            return [];
        }

        var result = new List<Guid>();
        var current = gov;
        while (await ParentGovernmentAsync(current, ct) is { } parent && !result.Contains(parent))
        {
            result.Add(parent);
            current = parent;
        }

        return result;
    }

    private async Task<Guid?> ParentGovernmentAsync(Guid government, CancellationToken ct)
    {
        var parent = await db.UnitParents.AsNoTracking()
            .Where(p => p.UnitId == government && (p.ValidFrom == null || p.ValidFrom <= Today) && (p.ValidTo == null || p.ValidTo >= Today))
            .OrderByDescending(p => p.ValidFrom).Select(p => (Guid?)p.ParentId).FirstOrDefaultAsync(ct);
        return parent is { } p ? await tree.GovernmentOfAsync(p, Today, ct) : null;
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
