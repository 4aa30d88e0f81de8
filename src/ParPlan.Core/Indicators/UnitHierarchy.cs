namespace ParPlan.Core.Indicators;

/// <summary>
/// The org tree as the indicator roll-up needs it: for a unit code and a date, the codes of the units whose
/// totals include it (parent, grandparent …, or the successor a merged unit was folded into), nearest first,
/// excluding the unit itself. The roll-up asks for the period's end date, so units merged during the year
/// roll up into their successor for periods ending after the merger.
/// </summary>
public interface IUnitHierarchy
{
    IReadOnlyList<string> AncestorsOf(string unitCode, DateOnly asOf);
}

/// <summary>An in-memory, effective-dated <see cref="IUnitHierarchy"/> built from parent/successor links.</summary>
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

    public IReadOnlyList<string> AncestorsOf(string unitCode, DateOnly asOf)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { unitCode };
        var current = unitCode;
        while (_links.TryGetValue(current, out var list))
        {
            var link = list.FirstOrDefault(l => (l.From is null || l.From <= asOf) && (l.To is null || asOf <= l.To));
            if (link is null || !seen.Add(link.Parent)) break;
            result.Add(link.Parent);
            current = link.Parent;
        }
        return result;
    }

    /// <summary>True when <paramref name="unitCode"/> is <paramref name="rootCode"/> or rolls up into it on <paramref name="asOf"/>.</summary>
    public static bool IsWithin(IUnitHierarchy hierarchy, string unitCode, string rootCode, DateOnly asOf) =>
        unitCode == rootCode || hierarchy.AncestorsOf(unitCode, asOf).Contains(rootCode);
}
