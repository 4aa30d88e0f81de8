using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Plans.Matching;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Plans;

/// <summary>A plan's unit name, resolved: the match and the units it stands for at the plan date (a group fans out
/// to its members; an open group or an unmatched name gives none).</summary>
public sealed record ResolvedName(string Text, UnitMatch Match, IReadOnlyList<Guid> UnitIds, Guid? GroupId);

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

/// <summary>The matcher and candidates of one government at one date.</summary>
public sealed class PlanUnitContext(Guid governmentId, DateOnly asOf, UnitMatcher matcher, IReadOnlyList<MatchCandidate> candidates,
    IReadOnlyDictionary<Guid, string> names, OrgGroups groups)
{
    private readonly Dictionary<Guid, IReadOnlyList<Guid>> members = [];

    public Guid GovernmentId => governmentId;

    public DateOnly AsOf => asOf;

    public IReadOnlyList<MatchCandidate> Candidates => candidates;

    public string NameOf(Guid id) => names.TryGetValue(id, out var name) ? name : id.ToString();

    /// <summary>Resolves <paramref name="text"/>; <paramref name="choice"/> (from the review screen) overrides the matcher.</summary>
    public async Task<ResolvedName> ResolveAsync(string text, ImportChoice? choice = null, CancellationToken ct = default)
    {
        var match = choice switch
        {
            { Ignore: true } => new UnitMatch(text, MatchHow.Ignored, null, 1),
            { TargetId: { } id } when candidates.FirstOrDefault(c => c.Id == id) is { } picked => new UnitMatch(text, MatchHow.Remembered, picked, 1),
            _ => matcher.Match(text),
        };
        if (match.Candidate is not { } candidate)
        {
            return new ResolvedName(text, match, [], null);
        }

        return candidate.Kind switch
        {
            MatchTargetKind.Unit => new ResolvedName(text, match, [candidate.Id], null),
            MatchTargetKind.OpenGroup => new ResolvedName(text, match, [], candidate.Id),
            _ => new ResolvedName(text, match, await MembersAsync(candidate.Id, ct), candidate.Id),
        };
    }

    private async Task<IReadOnlyList<Guid>> MembersAsync(Guid groupId, CancellationToken ct)
    {
        if (!members.TryGetValue(groupId, out var ids))
        {
            var result = await groups.ResolveAsync(groupId, asOf, ct);
            ids = result.Value ?? [];
            members[groupId] = ids;
        }

        return ids;
    }
}

/// <summary>A reviewer's answer for one name: a unit or group id, or "not one of ours".</summary>
public sealed record ImportChoice(Guid? TargetId, bool Ignore);
