using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Organisation;

/// <summary><see cref="IOrgTree"/> over the dated parent links. Walking up costs one indexed query per level
/// (the tree is at most five deep); a subtree costs one query per level below the root. Answers are cached
/// for the lifetime of the scope (one request).</summary>
public sealed class OrgTree(AppDbContext db) : IOrgTree
{
    private readonly Dictionary<(Guid, DateOnly), Guid?> parents = [];

    public async Task<bool> IsWithinAsync(Guid unitId, Guid ancestorId, DateOnly asOf, CancellationToken ct = default)
    {
        if (unitId == ancestorId)
        {
            return await UnitExistsAsync(unitId, asOf, ct);
        }

        foreach (var ancestor in await AncestorsAsync(unitId, asOf, ct))
        {
            if (ancestor == ancestorId)
            {
                return true;
            }
        }

        return false;
    }

    public async Task<IReadOnlyList<Guid>> SubtreeAsync(Guid rootId, DateOnly asOf, CancellationToken ct = default)
    {
        if (!await UnitExistsAsync(rootId, asOf, ct))
        {
            return [];
        }

        var result = new List<Guid> { rootId };
        var seen = new HashSet<Guid> { rootId };
        var frontier = new List<Guid> { rootId };
        while (frontier.Count > 0)
        {
            var children = await ValidLinks(asOf)
                .Where(p => frontier.Contains(p.ParentId))
                .Join(ValidUnits(asOf), p => p.UnitId, u => u.Id, (p, u) => p.UnitId)
                .ToListAsync(ct);
            frontier = children.Where(seen.Add).ToList();
            result.AddRange(frontier);
        }

        return result;
    }

    public async Task<Guid?> GovernmentOfAsync(Guid unitId, DateOnly asOf, CancellationToken ct = default)
    {
        var chain = new List<Guid> { unitId };
        chain.AddRange(await AncestorsAsync(unitId, asOf, ct));
        var governments = await db.Units
            .Where(u => chain.Contains(u.Id)
                && (u.Kind == UnitKind.ProvinceGovernment || u.Kind == UnitKind.DistrictGovernment || u.Kind == UnitKind.CommuneGovernment))
            .Select(u => u.Id)
            .ToListAsync(ct);
        return chain.Cast<Guid?>().FirstOrDefault(id => governments.Contains(id!.Value));
    }

    /// <summary>The parents of a unit on a date, nearest first, stopping at a root or a cycle.</summary>
    public async Task<IReadOnlyList<Guid>> AncestorsAsync(Guid unitId, DateOnly asOf, CancellationToken ct = default)
    {
        var result = new List<Guid>();
        var seen = new HashSet<Guid> { unitId };
        var current = unitId;
        while (await ParentOfAsync(current, asOf, ct) is { } parent && seen.Add(parent))
        {
            result.Add(parent);
            current = parent;
        }

        return result;
    }

    public async Task<Guid?> ParentOfAsync(Guid unitId, DateOnly asOf, CancellationToken ct = default)
    {
        if (parents.TryGetValue((unitId, asOf), out var cached))
        {
            return cached;
        }

        var parent = await ValidLinks(asOf)
            .Where(p => p.UnitId == unitId)
            .OrderByDescending(p => p.ValidFrom)
            .Select(p => (Guid?)p.ParentId)
            .FirstOrDefaultAsync(ct);
        parents[(unitId, asOf)] = parent;
        return parent;
    }

    /// <summary>Forgets cached parent links after the tree changed in this scope.</summary>
    public void ClearCache() => parents.Clear();

    private Task<bool> UnitExistsAsync(Guid unitId, DateOnly asOf, CancellationToken ct) =>
        ValidUnits(asOf).AnyAsync(u => u.Id == unitId, ct);

    private IQueryable<UnitParent> ValidLinks(DateOnly asOf) =>
        db.UnitParents.AsNoTracking().Where(p => (p.ValidFrom == null || p.ValidFrom <= asOf) && (p.ValidTo == null || p.ValidTo >= asOf));

    private IQueryable<Unit> ValidUnits(DateOnly asOf) =>
        db.Units.AsNoTracking().Where(u => (u.ValidFrom == null || u.ValidFrom <= asOf) && (u.ValidTo == null || u.ValidTo >= asOf));
}
