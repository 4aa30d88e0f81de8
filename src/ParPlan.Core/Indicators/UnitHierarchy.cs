namespace ParPlan.Core.Indicators;

/// <summary>
/// An in-memory, effective-dated <see cref="IUnitHierarchy"/> built from parent/successor links. On a date a unit
/// follows its link in force (the first one added wins, so add successions before parent links). A unit with no link
/// in force that day follows, before its first link, the link it was created with (a commune created on 1/7/2025
/// rolls its earlier dossiers into the province it was created under); after its last link ended, the last one it had.
/// So every dossier counts in every ancestor total exactly once, whatever the dates of its unit.
/// </summary>
public sealed class UnitHierarchy : IUnitHierarchy
{
    private readonly Dictionary<string, List<ParentLink>> _links = new(StringComparer.Ordinal);

    private sealed record ParentLink(string Parent, DateOnly? From, DateOnly? To);

    /// <summary>
    /// States that <paramref name="child"/> rolls up into <paramref name="parent"/> from <paramref name="from"/> to
    /// <paramref name="to"/> (inclusive; open when null). A merger is a link from the merged unit to its successor.
    /// </summary>
    public UnitHierarchy Link(string child, string parent, DateOnly? from = null, DateOnly? to = null)
    {
        if (!_links.TryGetValue(child, out var list)) _links[child] = list = [];
        list.Add(new ParentLink(parent, from, to));
        return this;
    }

    public IReadOnlyList<string> AncestorsOf(string unitCode, DateOnly asOf) => RollUpOf(unitCode, asOf).Ancestors;

    public UnitRollUp RollUpOf(string unitCode, DateOnly asOf)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { unitCode };
        var current = unitCode;
        var outside = false;
        while (_links.TryGetValue(current, out var list))
        {
            var (link, inForce) = Pick(list, asOf);
            if (link is null || !seen.Add(link.Parent)) break;
            outside |= !inForce;
            result.Add(link.Parent);
            current = link.Parent;
        }
        return new UnitRollUp(result, outside);
    }

    /// <summary>The link in force on the date; else the most recently ended one; else the first one to start.</summary>
    private static (ParentLink? Link, bool InForce) Pick(List<ParentLink> links, DateOnly asOf)
    {
        ParentLink? ended = null, starting = null;
        foreach (var l in links)
        {
            if (l.To is { } to && to < asOf)
            {
                if (ended is null || to > ended.To) ended = l;
            }
            else if (l.From is { } from && from > asOf)
            {
                if (starting is null || from < starting.From) starting = l;
            }
            else
            {
                return (l, true);
            }
        }
        return (ended ?? starting, false);
    }

    /// <summary>True when <paramref name="unitCode"/> is <paramref name="rootCode"/> or rolls up into it on <paramref name="asOf"/>.</summary>
    public static bool IsWithin(IUnitHierarchy hierarchy, string unitCode, string rootCode, DateOnly asOf) =>
        unitCode == rootCode || hierarchy.AncestorsOf(unitCode, asOf).Contains(rootCode);
}
