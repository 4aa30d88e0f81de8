using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Data;

namespace ParPlan.Features.Indicators;

/// <summary>Adapts the effective-dated org tables to <see cref="IUnitHierarchy"/> by unit code: a unit rolls up into
/// its parents and, from the merger date, into its successor (so units merged on 1/7/2025 roll up into the new one).</summary>
public static class OrgUnitHierarchy
{
    public sealed record Snapshot(UnitHierarchy Hierarchy, IReadOnlyDictionary<string, Guid> IdsByCode, IReadOnlyDictionary<Guid, string> CodesById);

    public static async Task<Snapshot> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        var hierarchy = new UnitHierarchy();

        // Successions first: from the merger date they win over a parent link left open on the old unit.
        var successions = await db.UnitSuccessions.AsNoTracking().Select(s => new { s.PredecessorId, s.SuccessorId, s.EffectiveOn }).ToListAsync(ct);
        foreach (var s in successions)
        {
            if (codes.TryGetValue(s.PredecessorId, out var from) && codes.TryGetValue(s.SuccessorId, out var to))
            {
                hierarchy.Link(from, to, s.EffectiveOn);
            }
        }

        var parents = await db.UnitParents.AsNoTracking().Select(p => new { p.UnitId, p.ParentId, p.ValidFrom, p.ValidTo }).ToListAsync(ct);
        foreach (var p in parents)
        {
            if (codes.TryGetValue(p.UnitId, out var child) && codes.TryGetValue(p.ParentId, out var parent))
            {
                hierarchy.Link(child, parent, p.ValidFrom, p.ValidTo);
            }
        }

        return new Snapshot(hierarchy, units.ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal), codes);
    }
}
