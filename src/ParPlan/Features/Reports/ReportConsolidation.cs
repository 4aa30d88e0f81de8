using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Data;

namespace ParPlan.Features.Reports;

/// <summary>
/// A government's report and its children: each reporting child (<see cref="ReportUnits.ChildrenAsync"/>) with its report
/// for the same period (the same regime first), who submitted it when, whether it was accepted or waived; and the sum of
/// the accepted children's frozen figures through <see cref="ReportConsolidator"/> (rates recomputed from summed
/// numerators and denominators, never averaged).
/// </summary>
public sealed class ReportConsolidation(AppDbContext db, ReportUnits units)
{
    public async Task<(IReadOnlyList<ReportChildView> Children, ConsolidationView Consolidated)> ForAsync(ReportInstance report, CancellationToken ct = default)
    {
        var children = await units.ChildrenAsync(report.UnitId, report.WindowTo, ct);
        var ids = children.Select(c => c.Id).ToList();
        var reports = (await db.Set<ReportInstance>().AsNoTracking()
                .Where(r => ids.Contains(r.UnitId) && r.PeriodCode == report.PeriodCode)
                .ToListAsync(ct))
            .GroupBy(r => r.UnitId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.RegimeCode == report.RegimeCode ? 0 : 1).First());
        var waivers = await db.Set<ReportWaiver>().AsNoTracking().Where(w => w.ReportId == report.Id)
            .ToDictionaryAsync(w => w.ChildUnitId, w => w.Reason, ct);

        var rows = new List<ReportChildView>(children.Count);
        var snapshots = new List<FigureSnapshot>();
        foreach (var child in children)
        {
            var r = reports.GetValueOrDefault(child.Id);
            var waived = waivers.TryGetValue(child.Id, out var reason);
            FigureSnapshot? snapshot = null;
            if (r is { Status: ReportStatus.Accepted } && FrozenFigures.FromJson(r.FiguresJson) is { } frozen)
            {
                snapshot = FigureSnapshot.From(child.Id.ToString(), child.Name, frozen.Figures);
                snapshots.Add(snapshot);
            }

            rows.Add(new ReportChildView(r?.Id, child.Id, child.Name, (r?.Status ?? ReportStatus.NotStarted).ToText(), r?.SubmittedAt, r?.SubmittedBy,
                r?.AcceptedAt, waived, reason, snapshot?.Total));
        }

        var sum = ReportConsolidator.Consolidate(snapshots);
        var accepted = rows.Count(r => r.Status == "accepted");
        var waivedCount = rows.Count(r => r.Waived && r.Status != "accepted");
        return (rows, new ConsolidationView(accepted, waivedCount, rows.Count - accepted - waivedCount, sum.Areas, sum.Total, sum.Indicators));
    }

    /// <summary>The children that block submission: neither accepted nor waived.</summary>
    public static IReadOnlyList<ReportChildView> Blocking(IEnumerable<ReportChildView> children) =>
        children.Where(c => c.Status != "accepted" && !c.Waived).ToList();
}
