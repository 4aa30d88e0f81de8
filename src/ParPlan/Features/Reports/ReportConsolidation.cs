using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Data;

namespace ParPlan.Features.Reports;

/// <summary>
/// A government's report and its children: each reporting child (<see cref="ReportUnits.ChildrenAsync"/>) with its report
/// of the same period instance (<see cref="ReportPeriodMatch"/>: the same regime and period first, then the same period
/// under another regime, then the period of the same year closing in the same month, so a province's Quý III under the
/// Bộ Nội vụ regime consolidates its communes' 9-month reports under theirs), who submitted it when, whether it was accepted or waived; and the sum of
/// the accepted children's frozen figures through <see cref="ReportConsolidator"/> (rates recomputed from summed
/// numerators and denominators, never averaged), the sum of their typed-in annex counts, and their texts quoted per
/// section and unit.
/// </summary>
public sealed class ReportConsolidation(AppDbContext db, ReportUnits units)
{
    public async Task<(IReadOnlyList<ReportChildView> Children, ConsolidationView Consolidated)> ForAsync(ReportInstance report, CancellationToken ct = default)
    {
        var children = await units.ChildrenAsync(report.UnitId, report.WindowTo, ct);
        var ids = children.Select(c => c.Id).ToList();
        var year = report.PeriodCode.Length >= 4 ? report.PeriodCode[..4] : report.PeriodCode;
        var reports = (await db.Set<ReportInstance>().AsNoTracking()
                .Where(r => ids.Contains(r.UnitId) && r.PeriodCode.StartsWith(year))
                .ToListAsync(ct))
            .Select(r => (Report: r, Rank: ReportPeriodMatch.Rank(report.RegimeCode, report.PeriodCode, r.RegimeCode, r.PeriodCode)))
            .Where(x => x.Rank is not null)
            .GroupBy(x => x.Report.UnitId)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Rank).ThenBy(x => x.Report.PeriodCode, StringComparer.Ordinal).First().Report);
        var waivers = await db.Set<ReportWaiver>().AsNoTracking().Where(w => w.ReportId == report.Id && w.RevokedAt == null)
            .ToDictionaryAsync(w => w.ChildUnitId, w => w.Reason, ct);
        var acceptedIds = reports.Values.Where(r => r.Status == ReportStatus.Accepted).Select(r => r.Id).ToList();
        var texts = (await db.Set<ReportSection>().AsNoTracking().Where(s => acceptedIds.Contains(s.ReportId))
                .Select(s => new { s.ReportId, s.Code, s.Text }).ToListAsync(ct))
            .GroupBy(s => s.ReportId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.ToDictionary(s => s.Code, s => s.Text, StringComparer.Ordinal));

        var rows = new List<ReportChildView>(children.Count);
        var snapshots = new List<FigureSnapshot>();
        var narratives = new List<ChildNarrative>();
        var typed = new List<IReadOnlyList<TypedAnnexRow>>();
        foreach (var child in children)
        {
            var r = reports.GetValueOrDefault(child.Id);
            var waived = waivers.TryGetValue(child.Id, out var reason);
            FigureSnapshot? snapshot = null;
            if (r is { Status: ReportStatus.Accepted } && FrozenFigures.FromJson(r.FiguresJson) is { } frozen)
            {
                snapshot = FigureSnapshot.From(child.Id.ToString(), child.Name, frozen.Figures);
                snapshots.Add(snapshot);
                narratives.Add(new ChildNarrative(child.Id.ToString(), child.Name, texts.GetValueOrDefault(r.Id) ?? new Dictionary<string, string>()));
                typed.Add(frozen.Typed ?? AnnexTemplates.FromJson(r.AnnexJson));
            }

            rows.Add(new ReportChildView(r?.Id, child.Id, child.Name, (r?.Status ?? ReportStatus.NotStarted).ToText(), r?.SubmittedAt, r?.SubmittedBy,
                r?.AcceptedAt, waived, reason, snapshot?.Total));
        }

        var sum = ReportConsolidator.Consolidate(snapshots);
        var accepted = rows.Count(r => r.Status == "accepted");
        var waivedCount = rows.Count(r => r.Waived && r.Status != "accepted");
        return (rows, new ConsolidationView(accepted, waivedCount, rows.Count - accepted - waivedCount, sum.Areas, sum.Total, sum.Indicators,
            TypedAnnexTotals.Sum(typed), ReportConsolidator.Excerpts(narratives, ReportOutline.Default)));
    }

    /// <summary>The children that block submission: neither accepted nor waived.</summary>
    public static IReadOnlyList<ReportChildView> Blocking(IEnumerable<ReportChildView> children) =>
        children.Where(c => c.Status != "accepted" && !c.Waived).ToList();
}
