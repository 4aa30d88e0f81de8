using System.Security.Claims;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Records;

/// <summary>Who may read and change a government's records (dialogues, commitments, initiatives, feedback). A record
/// belongs to its government and names the units that act on it (an issue's lead unit, the commitment's signatory unit,
/// the proposing unit, the handling unit). Reading follows the task rule (<see cref="IUnitScope.AllowsTaskAsync"/>): the
/// government's subtree for standing officers, leaders and appraisers, and for a unit officer the records naming their
/// unit. Acting on a unit's item: that unit's officers and the government's standing officers. Managing the record
/// itself (creating, adding issues, recognising): the government's standing officers. Leaders only read. A record the
/// user may not read answers 404; one they read but may not change, 403.</summary>
public sealed class RecordAccess(IUnitScope scope)
{
    public DateOnly Today => scope.Today;

    public async Task<Error?> ReadAsync(ClaimsPrincipal user, Guid governmentId, IEnumerable<Guid> units, string notFound, CancellationToken ct = default) =>
        await scope.AllowsTaskAsync(user, ScopeAction.Read, governmentId, units.ToList(), ct: ct) ? null : Error.NotFound(notFound);

    /// <summary>Acting on an item of <paramref name="unitId"/>: its officers, or a standing officer over it.</summary>
    public async Task<Error?> ActAsync(ClaimsPrincipal user, Guid governmentId, Guid unitId, IEnumerable<Guid> readUnits, string notFound,
        CancellationToken ct = default)
    {
        if (await scope.AllowsTaskAsync(user, ScopeAction.Write, governmentId, [unitId], ct: ct)) return null;
        return await ReadAsync(user, governmentId, readUnits, notFound, ct)
            ?? Error.Forbidden("Chỉ cán bộ của đơn vị được giao hoặc cơ quan thường trực CCHC mới cập nhật được mục này.");
    }

    /// <summary>Managing the government's record: its standing officers and the administrator.</summary>
    public async Task<Error?> ManageAsync(ClaimsPrincipal user, Guid governmentId, IEnumerable<Guid> readUnits, string notFound, CancellationToken ct = default)
    {
        var me = CurrentUser.From(user);
        if (me is not null && (me.IsAdmin || me.Role == Roles.StandingOfficer) && await scope.AllowsAsync(user, ScopeAction.Write, governmentId, ct: ct)) return null;
        return await ReadAsync(user, governmentId, readUnits, notFound, ct)
            ?? Error.Forbidden("Chỉ cơ quan thường trực CCHC của chính quyền mới thay đổi được nội dung này.");
    }

    /// <summary>Whether the user may manage records of <paramref name="governmentId"/> (the create forms of the pages).</summary>
    public async Task<bool> MayManageAsync(ClaimsPrincipal user, Guid governmentId, CancellationToken ct = default) =>
        await ManageAsync(user, governmentId, [], "", ct) is null;

    /// <summary>The units the user reads (null: every unit).</summary>
    public Task<IReadOnlySet<Guid>?> ReadableAsync(ClaimsPrincipal user, CancellationToken ct = default) => scope.ReadableUnitsAsync(user, ct: ct);

    /// <summary>A unit the user may name on a record of <paramref name="governmentId"/>: within that government today.</summary>
    public Task<bool> UnitOfAsync(Guid unitId, Guid governmentId, Organisation.IOrgTree tree, CancellationToken ct = default) =>
        tree.IsWithinAsync(unitId, governmentId, Today, ct);
}
