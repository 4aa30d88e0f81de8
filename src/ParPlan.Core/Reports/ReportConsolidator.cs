namespace ParPlan.Core.Reports;

/// <summary>Sums children's frozen snapshots. Rates are never averaged: an indicator's numerators and denominators are
/// summed and the value recomputed, so the total always equals the rows behind it.</summary>
public static class ReportConsolidator
{
    public static ConsolidatedFigures Consolidate(IEnumerable<FigureSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var list = snapshots.ToList();
        var rows = new List<(string, string, TaskFigures)>(list.Count);
        var areas = new Dictionary<string, TaskFigures>(StringComparer.Ordinal);
        var indicators = new Dictionary<string, (string Name, long Num, long Den)>(StringComparer.Ordinal);
        var order = new List<string>();
        var total = TaskFigures.Zero;
        foreach (var s in list)
        {
            var unitTotal = TaskFigures.Zero;
            foreach (var (area, f) in s.Areas)
            {
                areas[area] = areas.TryGetValue(area, out var sum) ? sum.Add(f) : f;
                unitTotal = unitTotal.Add(f);
            }

            rows.Add((s.UnitId, s.UnitName, unitTotal));
            total = total.Add(unitTotal);
            foreach (var i in s.Indicators)
            {
                if (!indicators.TryGetValue(i.Code, out var acc))
                {
                    order.Add(i.Code);
                    acc = (i.Name, 0, 0);
                }

                indicators[i.Code] = (acc.Name, acc.Num + i.Numerator, acc.Den + i.Denominator);
            }
        }

        return new ConsolidatedFigures(rows, areas, total, order.Select(c => new ReportIndicatorInput(c, indicators[c].Name, indicators[c].Num, indicators[c].Den)).ToList());
    }

    /// <summary>The longest excerpt quoted from one unit's section, in characters.</summary>
    public const int ExcerptLength = 400;

    /// <summary>
    /// Narrative excerpts per section: for each section code of <paramref name="outline"/>, each child's text for it (in
    /// the children's order, empty texts left out), cut at a word boundary to <see cref="ExcerptLength"/> characters.
    /// A section no child wrote about has no entry.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<UnitExcerpt>> Excerpts(IEnumerable<ChildNarrative> children, IEnumerable<OutlineSection> outline)
    {
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(outline);
        var list = children.ToList();
        var result = new Dictionary<string, IReadOnlyList<UnitExcerpt>>(StringComparer.Ordinal);
        foreach (var section in outline.SelectMany(s => s.Flatten()))
        {
            var quotes = list
                .Select(c => (Child: c, Text: c.Sections.TryGetValue(section.Code, out var t) ? Cut(t) : ""))
                .Where(x => x.Text.Length > 0)
                .Select(x => new UnitExcerpt(x.Child.UnitId, x.Child.UnitName, x.Text))
                .ToList();
            if (quotes.Count > 0)
            {
                result[section.Code] = quotes;
            }
        }

        return result;
    }

    /// <summary>A section's excerpts as the text that follows the government's own words: "Báo cáo của các đơn vị:" and
    /// one quoted line per unit; empty when there are none.</summary>
    public static string ExcerptText(IReadOnlyList<UnitExcerpt>? excerpts) =>
        excerpts is not { Count: > 0 } ? "" : string.Join('\n', excerpts.Select(e => e.Quote).Prepend("Báo cáo của các đơn vị:"));

    private static string Cut(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= ExcerptLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', ExcerptLength - 1);
        return flat[..(cut > ExcerptLength / 2 ? cut : ExcerptLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
