using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Organisation;

/// <summary>Read models for the groups and standing-agency pages.</summary>
public sealed class OrgOverviews(AppDbContext db, OrgGroups groups)
{
    public async Task<IReadOnlyList<GroupView>> GroupsAsync(DateOnly asOf, Guid? withinGovernments = null, IReadOnlyCollection<Guid>? visible = null, CancellationToken ct = default)
    {
        var rows = await db.UnitGroups.AsNoTracking().OrderBy(g => g.Code)
            .Select(g => new { g.Id, g.Code, g.Name, g.GovernmentId, g.Rule, g.MemberKinds })
            .ToListAsync(ct);
        var aliases = (await db.UnitGroupAliases.AsNoTracking().Select(a => new { a.GroupId, a.Text }).ToListAsync(ct))
            .ToLookup(a => a.GroupId, a => a.Text);
        var names = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.Name, u.ValidFrom, u.ValidTo }).ToDictionaryAsync(u => u.Id, ct);
        var result = new List<GroupView>();
        foreach (var g in rows.Where(g => visible is null || (g.GovernmentId is { } gov && visible.Contains(gov))))
        {
            var members = (await groups.ResolveAsync(g.Id, asOf, ct)).Value ?? [];
            result.Add(new GroupView(g.Id, g.Code, g.Name, g.GovernmentId,
                g.GovernmentId is { } gid && names.TryGetValue(gid, out var gov) ? gov.Name : null,
                g.Rule, UnitGroup.ParseKinds(g.MemberKinds), aliases[g.Id].Order(StringComparer.Ordinal).ToList(),
                members.Select(m => names[m]).Select(u => new DatedLink(u.Id, u.Code, u.Name, u.ValidFrom, u.ValidTo)).ToList()));
        }

        return result;
    }

    public async Task<IReadOnlyList<StandingView>> StandingAsync(CancellationToken ct = default)
    {
        var governments = await db.Units.AsNoTracking()
            .Where(u => u.Kind == UnitKind.ProvinceGovernment || u.Kind == UnitKind.DistrictGovernment || u.Kind == UnitKind.CommuneGovernment)
            .OrderBy(u => u.Kind).ThenBy(u => u.Code)
            .Select(u => new { u.Id, u.Code, u.Name, u.ValidFrom, u.ValidTo })
            .ToListAsync(ct);
        var designations = (await db.StandingAgencies.AsNoTracking()
            .Join(db.Units, s => s.AgencyId, u => u.Id, (s, u) => new { s.GovernmentId, Link = new DatedLink(u.Id, u.Code, u.Name, s.ValidFrom, s.ValidTo) })
            .ToListAsync(ct)).ToLookup(x => x.GovernmentId, x => x.Link);
        return governments.Select(g => new StandingView(g.Id, g.Code, g.Name, g.ValidFrom, g.ValidTo,
            designations[g.Id].OrderBy(l => l.ValidFrom).ToList())).ToList();
    }
}
