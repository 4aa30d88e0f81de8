using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Plans.Matching;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Plans;

/// <summary>Builds a <see cref="UnitMatcher"/> over a government's units (names, past names, aliases) and groups as of
/// a date, with the government's remembered mappings, and resolves names to units.</summary>
public sealed class UnitResolver(AppDbContext db, IOrgTree tree, OrgGroups groups)
{
    public async Task<PlanUnitContext> ForAsync(Guid governmentId, DateOnly asOf, CancellationToken ct = default)
    {
        var subtree = (await tree.SubtreeAsync(governmentId, asOf, ct)).ToList();
        var units = await db.Units.AsNoTracking().Where(u => subtree.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync(ct);
        var pastNames = await db.UnitNames.AsNoTracking().Where(n => subtree.Contains(n.UnitId)).Select(n => new { n.UnitId, n.Name }).ToListAsync(ct);
        var aliases = await db.UnitAliases.AsNoTracking().Where(a => subtree.Contains(a.UnitId)).Select(a => new { a.UnitId, a.Text }).ToListAsync(ct);
        var groupRows = await db.UnitGroups.AsNoTracking().Where(g => g.GovernmentId == governmentId)
            .Select(g => new { g.Id, g.Name, g.Rule }).ToListAsync(ct);
        var groupIds = groupRows.Select(g => g.Id).ToList();
        var groupAliases = await db.UnitGroupAliases.AsNoTracking().Where(a => groupIds.Contains(a.GroupId))
            .Select(a => new { a.GroupId, a.Text }).ToListAsync(ct);
        var mappings = await db.UnitNameMappings.AsNoTracking().Where(m => m.GovernmentId == governmentId)
            .Select(m => new { m.FoldedText, m.UnitId, m.GroupId, m.Ignore }).ToListAsync(ct);

        var candidates = units.Select(u => new MatchCandidate(u.Id, MatchTargetKind.Unit, u.Name,
                pastNames.Where(n => n.UnitId == u.Id).Select(n => n.Name).Concat(aliases.Where(a => a.UnitId == u.Id).Select(a => a.Text)).ToList()))
            .Concat(groupRows.Select(g => new MatchCandidate(g.Id, g.Rule == GroupRule.Open ? MatchTargetKind.OpenGroup : MatchTargetKind.Group, g.Name,
                groupAliases.Where(a => a.GroupId == g.Id).Select(a => a.Text).ToList())))
            .ToList();
        var remembered = mappings.ToDictionary(m => m.FoldedText, m => new RememberedMapping(m.UnitId ?? m.GroupId, m.Ignore));
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        foreach (var g in groupRows)
        {
            names[g.Id] = g.Name;
        }

        return new PlanUnitContext(governmentId, asOf, new UnitMatcher(candidates, remembered), candidates, names, groups);
    }
}
