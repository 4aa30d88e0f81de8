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
}
