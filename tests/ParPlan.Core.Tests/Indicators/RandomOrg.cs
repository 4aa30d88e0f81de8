using ParPlan.Core.Indicators;

namespace ParPlan.Core.Tests.Indicators;

/// <summary>
/// A random province for roll-up properties: districts, communes and agencies created on random dates, then mergers
/// (several units into a new one, ending the merged units and everything under them), renames to a new code (a merger
/// of one), re-parentings and abolitions without a successor, on random dates of 2024–2026. It keeps its own plain
/// timeline of every unit, and answers "where does this unit's dossier roll up on that day" from it, the long way,
/// independently of <see cref="UnitHierarchy"/>: as of the day if the unit existed; before its creation, the chain it
/// was created with; after its end, its successor, or else the parents of its last day.
/// </summary>
internal sealed class RandomOrg
{
    public const string Root = "P";
    private static readonly DateOnly Start = new(2024, 1, 1);
    private readonly Dictionary<string, OrgUnit> _units = new(StringComparer.Ordinal) { [Root] = new OrgUnit(Root, null) };

    private sealed class OrgUnit(string code, DateOnly? created)
    {
        public string Code { get; } = code;
        public DateOnly? Created { get; } = created;
        public DateOnly? Ended { get; set; }
        public string? Successor { get; set; }
        public DateOnly? SuccessorFrom { get; set; }
        public List<(string Parent, DateOnly? From, DateOnly? To)> Parents { get; } = [];
        public bool Alive(DateOnly d) => (Created is null || Created <= d) && (Ended is null || d <= Ended);
    }

    public IReadOnlyCollection<string> Codes => _units.Keys;

    public UnitHierarchy Hierarchy { get; } = new();

    public static RandomOrg Generate(Random rng)
    {
        var org = new RandomOrg();
        var n = 0;
        string Next(string prefix) => $"{prefix}{++n}";
        for (var d = 0; d < rng.Next(1, 4); d++)
        {
            var district = org.Create(Next("H"), Root, null);
            for (var c = 0; c < rng.Next(1, 4); c++) org.Create(Next("X"), district, null);
        }
        org.Create(Next("S"), Root, null);

        var dates = Enumerable.Range(0, rng.Next(3, 12)).Select(_ => Start.AddDays(rng.Next(1, 3 * 365))).Order().ToList();
        foreach (var date in dates)
        {
            var alive = org._units.Values.Where(u => u.Code != Root && u.Alive(date.AddDays(-1)) && u.Alive(date)).Select(u => u.Code).ToList();
            switch (rng.Next(5))
            {
                case 0: // a new unit under a living one
                    org.Create(Next("N"), org.PickParent(rng, date, null), date);
                    break;
                case 1 when alive.Count >= 2: // several units merged into a new one
                    var merged = alive.OrderBy(_ => rng.Next()).Take(rng.Next(1, 4)).ToList();
                    var parent = org.PickParent(rng, date, merged);
                    var successor = org.Create(Next("M"), parent, date);
                    foreach (var m in merged.Where(m => org._units[m].Alive(date))) org.End(m, date, successor);
                    break;
                case 2 when alive.Count >= 1: // renamed to a new code: a merger of one
                    var old = alive[rng.Next(alive.Count)];
                    var renamed = org.Create(Next("R"), org.ParentOn(old, date.AddDays(-1))!, date);
                    org.End(old, date, renamed);
                    break;
                case 3 when alive.Count >= 1: // re-parented
                    var moved = alive[rng.Next(alive.Count)];
                    var to = org.PickParent(rng, date, [moved]);
                    var current = org._units[moved].Parents.FindIndex(p => p.To is null);
                    if (current >= 0 && org._units[moved].Parents[current].Parent != to)
                    {
                        var link = org._units[moved].Parents[current];
                        org._units[moved].Parents[current] = link with { To = date.AddDays(-1) };
                        org._units[moved].Parents.Add((to, date, null));
                    }
                    break;
                case 4 when alive.Count >= 1: // abolished without a successor
                    org.End(alive[rng.Next(alive.Count)], date, null);
                    break;
            }
        }

        // What ParPlan stores: successions first, then the dated parent links (OrgUnitHierarchy's order).
        foreach (var u in org._units.Values.Where(u => u.Successor is not null)) org.Hierarchy.Link(u.Code, u.Successor!, u.SuccessorFrom);
        foreach (var u in org._units.Values)
        {
            foreach (var p in u.Parents) org.Hierarchy.Link(u.Code, p.Parent, p.From, p.To);
        }
        return org;
    }

    /// <summary>The reference roll-up: the units whose totals include a dossier of <paramref name="unit"/> on <paramref name="day"/>.</summary>
    public List<string> ChainOf(string unit, DateOnly day)
    {
        var chain = new List<string>();
        var current = unit;
        while (Step(current, day) is { } next && !chain.Contains(next) && next != unit)
        {
            chain.Add(next);
            current = next;
        }
        return chain;
    }

    private string? Step(string code, DateOnly day)
    {
        var u = _units[code];
        if (u.Code == Root) return null;
        if (u.Created is { } created && day < created) return ParentOn(code, created);
        if (u.Ended is { } ended && day > ended) return u.Successor ?? ParentOn(code, ended);
        return ParentOn(code, day);
    }

    private string? ParentOn(string code, DateOnly day) =>
        _units[code].Parents.Where(p => (p.From is null || p.From <= day) && (p.To is null || day <= p.To)).Select(p => p.Parent).FirstOrDefault();

    private string Create(string code, string parent, DateOnly? from)
    {
        var u = new OrgUnit(code, from);
        u.Parents.Add((parent, from, null));
        _units[code] = u;
        return code;
    }

    /// <summary>Ends a unit and everything under it on the day before <paramref name="date"/> (as ParPlan does).</summary>
    private void End(string code, DateOnly date, string? successor)
    {
        var last = date.AddDays(-1);
        var under = _units.Values.Where(u => u.Alive(last) && u.Code != code && ChainOf(u.Code, last).Contains(code)).Select(u => u.Code).Append(code).ToList();
        foreach (var c in under)
        {
            var u = _units[c];
            if (!u.Alive(last)) continue;
            u.Ended = last;
            for (var i = 0; i < u.Parents.Count; i++)
            {
                if (u.Parents[i].To is null || u.Parents[i].To > last) u.Parents[i] = u.Parents[i] with { To = last };
            }
        }
        if (successor is not null) (_units[code].Successor, _units[code].SuccessorFrom) = (successor, date);
    }

    /// <summary>A unit alive on the date that is not one of (or under one of) <paramref name="excluded"/>.</summary>
    private string PickParent(Random rng, DateOnly date, IReadOnlyCollection<string>? excluded)
    {
        var candidates = _units.Values.Where(u => u.Alive(date) && u.Alive(date.AddDays(-1))).Select(u => u.Code)
            .Where(c => excluded is null || !excluded.Any(x => c == x || ChainOf(c, date).Contains(x))).ToList();
        return candidates.Count == 0 ? Root : candidates[rng.Next(candidates.Count)];
    }
}
