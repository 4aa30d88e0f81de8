using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Organisation;

/// <summary>Read models of the organisation: explicit projections, no tracking.</summary>
public sealed class OrgQueries(AppDbContext db)
{
    /// <summary>The governments (UBND tỉnh, huyện, xã) that exist on <paramref name="asOf"/>, with their names of that day,
    /// province first then by code: the one "list the governments" query (pickers, boards, imports).</summary>
    public async Task<IReadOnlyList<UnitNode>> GovernmentsAsync(DateOnly asOf, CancellationToken ct = default) =>
        (await TreeAsync(asOf, ct: ct)).Where(n => n.Kind.IsGovernment())
            .OrderBy(n => n.Level).ThenBy(n => n.Code, StringComparer.Ordinal).ToList();

    /// <summary>The tree on <paramref name="asOf"/> (whole forest, or below <paramref name="rootId"/>), names as
    /// they were that day. Four queries whatever the size.</summary>
    public async Task<IReadOnlyList<UnitNode>> TreeAsync(DateOnly asOf, Guid? rootId = null, CancellationToken ct = default)
    {
        var units = await ValidUnits(asOf)
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind, u.Level, u.ValidFrom, u.ValidTo })
            .ToListAsync(ct);
        var links = await db.UnitParents.AsNoTracking()
            .Where(p => (p.ValidFrom == null || p.ValidFrom <= asOf) && (p.ValidTo == null || p.ValidTo >= asOf))
            .Select(p => new { p.UnitId, p.ParentId })
            .ToListAsync(ct);
        var names = await NamesAsOf(asOf, ct);
        var standing = (await db.StandingAgencies.AsNoTracking()
            .Where(s => (s.ValidFrom == null || s.ValidFrom <= asOf) && (s.ValidTo == null || s.ValidTo >= asOf))
            .Select(s => s.AgencyId)
            .ToListAsync(ct)).ToHashSet();

        var byId = units.ToDictionary(u => u.Id);
        var parentOf = links.Where(l => byId.ContainsKey(l.UnitId) && byId.ContainsKey(l.ParentId))
            .GroupBy(l => l.UnitId)
            .ToDictionary(g => g.Key, g => g.First().ParentId);
        var children = parentOf.GroupBy(p => p.Value)
            .ToDictionary(g => g.Key, g => g.Select(x => byId[x.Key]).OrderBy(u => u.Kind.SortRank()).ThenBy(u => u.Code, StringComparer.Ordinal).ToList());
        var roots = rootId is { } r
            ? units.Where(u => u.Id == r).ToList()
            : units.Where(u => !parentOf.ContainsKey(u.Id)).OrderBy(u => u.Kind.SortRank()).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();

        var result = new List<UnitNode>(units.Count);
        var visited = new HashSet<Guid>();
        var stack = new Stack<(Guid Id, int Depth)>(roots.AsEnumerable().Reverse().Select(u => (u.Id, 0)));
        while (stack.Count > 0)
        {
            var (id, depth) = stack.Pop();
            if (!visited.Add(id))
            {
                continue;
            }

            var u = byId[id];
            result.Add(new UnitNode(u.Id, u.Code, names.GetValueOrDefault(u.Id, u.Name), u.Kind, u.Level, u.ValidFrom, u.ValidTo,
                parentOf.TryGetValue(u.Id, out var p) ? p : null, depth, standing.Contains(u.Id)));
            if (children.TryGetValue(id, out var kids))
            {
                for (var i = kids.Count - 1; i >= 0; i--)
                {
                    stack.Push((kids[i].Id, depth + 1));
                }
            }
        }

        return result;
    }

    public async Task<UnitDetail?> DetailAsync(Guid id, DateOnly asOf, CancellationToken ct = default)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return null;
        }

        var names = await db.UnitNames.AsNoTracking().Where(n => n.UnitId == id).OrderBy(n => n.ValidFrom)
            .Select(n => new DatedName(n.Name, n.ValidFrom, n.ValidTo)).ToListAsync(ct);
        var nameAsOf = names.LastOrDefault(n => EffectiveDates.Covers(n.ValidFrom, n.ValidTo, asOf))?.Name ?? unit.Name;
        var parents = await db.UnitParents.AsNoTracking().Where(p => p.UnitId == id)
            .Join(db.Units, p => p.ParentId, u => u.Id, (p, u) => new DatedLink(u.Id, u.Code, u.Name, p.ValidFrom, p.ValidTo))
            .ToListAsync(ct);
        var children = await db.UnitParents.AsNoTracking().Where(p => p.ParentId == id)
            .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new DatedLink(u.Id, u.Code, u.Name, p.ValidFrom, p.ValidTo))
            .ToListAsync(ct);
        var predecessors = await db.UnitSuccessions.AsNoTracking().Where(s => s.SuccessorId == id)
            .Join(db.Units, s => s.PredecessorId, u => u.Id, (s, u) => new DatedLink(u.Id, u.Code, u.Name, u.ValidFrom, u.ValidTo))
            .ToListAsync(ct);
        var successors = await db.UnitSuccessions.AsNoTracking().Where(s => s.PredecessorId == id)
            .Join(db.Units, s => s.SuccessorId, u => u.Id, (s, u) => new DatedLink(u.Id, u.Code, u.Name, s.EffectiveOn, u.ValidTo))
            .ToListAsync(ct);
        var standing = await db.StandingAgencies.AsNoTracking().Where(s => s.GovernmentId == id)
            .Join(db.Units, s => s.AgencyId, u => u.Id, (s, u) => new DatedLink(u.Id, u.Code, u.Name, s.ValidFrom, s.ValidTo))
            .ToListAsync(ct);
        var aliases = await db.UnitAliases.AsNoTracking().Where(a => a.UnitId == id).OrderBy(a => a.Text).Select(a => a.Text).ToListAsync(ct);
        var events = await db.UnitEvents.AsNoTracking().Where(e => e.UnitId == id)
            .OrderBy(e => e.EffectiveOn)
            .Select(e => new UnitEventView(e.Kind, e.EffectiveOn, e.Description, e.Reference, e.RelatedUnitId))
            .ToListAsync(ct);

        return new UnitDetail(unit.Id, unit.Code, unit.Name, nameAsOf, unit.Kind, unit.Level, unit.ValidFrom, unit.ValidTo, unit.Note, unit.Version,
            names, Sorted(parents), Sorted(children), Sorted(predecessors), Sorted(successors), Sorted(standing), aliases, events);
    }

    /// <summary>The standing CCHC agency of a government on a date, if designated.</summary>
    public Task<Guid?> StandingAgencyOfAsync(Guid governmentId, DateOnly asOf, CancellationToken ct = default) =>
        db.StandingAgencies.AsNoTracking()
            .Where(s => s.GovernmentId == governmentId
                && (s.ValidFrom == null || s.ValidFrom <= asOf) && (s.ValidTo == null || s.ValidTo >= asOf))
            .OrderByDescending(s => s.ValidFrom)
            .Select(s => (Guid?)s.AgencyId)
            .FirstOrDefaultAsync(ct);

    /// <summary>The latest event of each unit on or before <paramref name="asOf"/> (for the tree's history column).</summary>
    public async Task<IReadOnlyDictionary<Guid, UnitEventView>> LatestEventsAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var rows = await db.UnitEvents.AsNoTracking()
            .Where(e => e.EffectiveOn <= asOf && e.Kind != UnitEventKind.Established)
            .Select(e => new { e.UnitId, View = new UnitEventView(e.Kind, e.EffectiveOn, e.Description, e.Reference, e.RelatedUnitId) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.View.EffectiveOn)!.View);
    }

    /// <summary>Units that ended before <paramref name="asOf"/>, latest first: where the history of the old tree lives.</summary>
    public async Task<IReadOnlyList<DatedLink>> EndedBeforeAsync(DateOnly asOf, CancellationToken ct = default) =>
        await db.Units.AsNoTracking()
            .Where(u => u.ValidTo != null && u.ValidTo < asOf)
            .OrderByDescending(u => u.ValidTo).ThenBy(u => u.Code)
            .Select(u => new DatedLink(u.Id, u.Code, u.Name, u.ValidFrom, u.ValidTo))
            .ToListAsync(ct);

    /// <summary>Every unit that ever existed, for pickers: id, code, latest name, lifetime.</summary>
    public async Task<IReadOnlyList<DatedLink>> AllUnitsAsync(CancellationToken ct = default) =>
        await db.Units.AsNoTracking().OrderBy(u => u.Code)
            .Select(u => new DatedLink(u.Id, u.Code, u.Name, u.ValidFrom, u.ValidTo))
            .ToListAsync(ct);

    /// <summary>The name of one unit on <paramref name="asOf"/> (as <see cref="TreeAsync"/> gives it), or null when the
    /// unit does not exist that day. Two small queries instead of the whole tree.</summary>
    public async Task<string?> NameAsOfAsync(Guid id, DateOnly asOf, CancellationToken ct = default)
    {
        var name = await ValidUnits(asOf).Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return null;
        }

        var dated = await NamesOn(asOf).Where(n => n.UnitId == id).Select(n => new { n.Name, n.ValidFrom }).ToListAsync(ct);
        return dated.OrderBy(n => n.ValidFrom).LastOrDefault()?.Name ?? name;
    }

    private async Task<Dictionary<Guid, string>> NamesAsOf(DateOnly asOf, CancellationToken ct)
    {
        var rows = await NamesOn(asOf).Select(n => new { n.UnitId, n.Name, n.ValidFrom }).ToListAsync(ct);
        return rows.GroupBy(n => n.UnitId).ToDictionary(g => g.Key, g => g.OrderBy(n => n.ValidFrom).Last().Name);
    }

    private IQueryable<UnitName> NamesOn(DateOnly asOf) =>
        db.UnitNames.AsNoTracking().Where(n => (n.ValidFrom == null || n.ValidFrom <= asOf) && (n.ValidTo == null || n.ValidTo >= asOf));

    private static List<DatedLink> Sorted(List<DatedLink> links) =>
        links.OrderBy(l => l.ValidFrom).ThenBy(l => l.Code, StringComparer.Ordinal).ToList();

    private IQueryable<Unit> ValidUnits(DateOnly asOf) =>
        db.Units.AsNoTracking().Where(u => (u.ValidFrom == null || u.ValidFrom <= asOf) && (u.ValidTo == null || u.ValidTo >= asOf));
}
