using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Organisation;

/// <summary>What the organisation pages let the signed-in user see: an administrator sees everything and edits;
/// a standing-agency officer reads the subtree of their own government.</summary>
public sealed record OrgPageAccess(bool CanEdit, Guid? RootId)
{
    public static async Task<OrgPageAccess> ForAsync(ClaimsPrincipal user, AppDbContext db, IOrgTree tree, DateOnly asOf, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return new OrgPageAccess(true, null);
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var unitId = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.UnitId).FirstOrDefaultAsync(ct);
        var government = unitId is { } unit ? await tree.GovernmentOfAsync(unit, asOf, ct) ?? unit : (Guid?)null;
        return new OrgPageAccess(false, government ?? Guid.Empty);
    }

    /// <summary>True when the unit is inside what the user may read on the date.</summary>
    public async Task<bool> CanSeeAsync(Guid unitId, IOrgTree tree, DateOnly asOf, CancellationToken ct = default) =>
        RootId is not { } root || await tree.IsWithinAsync(unitId, root, asOf, ct);
}
