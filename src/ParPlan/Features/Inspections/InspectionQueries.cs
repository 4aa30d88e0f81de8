using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Inspections;
using ParPlan.Core.Text;
using ParPlan.Data;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Inspections;

/// <summary>Read side of inspections: a plan with its denominator, units, visits, findings (their status read from the
/// remediation task on the injected clock) and coverage; the lists; the target proposed from the government's plan.</summary>
public sealed class InspectionQueries(AppDbContext db, InspectableUnits inspectable, TimeProvider time)
{
    public async Task<InspectionView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var plan = await db.Set<InspectionPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return null;
        }

        var names = db.Units.AsNoTracking();
        var government = await names.Where(u => u.Id == plan.GovernmentId).Select(u => u.Name).FirstAsync(ct);
        var rows = await db.Set<InspectionUnit>().AsNoTracking().Where(u => u.InspectionId == id).ToListAsync(ct);
        var visits = await (from v in db.Set<InspectionVisit>().AsNoTracking()
                            where v.InspectionId == id
                            join u in names on v.UnitId equals u.Id
                            orderby v.Date, u.Name
                            select new { v, u.Name }).ToListAsync(ct);
        var findings = await FindingsAsync(db.Set<InspectionFinding>().AsNoTracking().Where(f => f.InspectionId == id), ct);

        var own = await inspectable.OfAsync(plan.GovernmentId, plan.Year, ct);
        var extraIds = rows.Select(r => r.UnitId).Concat(visits.Select(v => v.v.UnitId)).Except(own.Select(o => o.Id)).Distinct().ToList();
        var extra = await names.Where(u => extraIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var all = own.Concat(extra.Select(e => (e.Id, e.Name))).ToList();
        var denominator = plan.ChosenDenominator ? rows.Where(r => r.InDenominator).Select(r => r.UnitId).ToHashSet() : own.Select(o => o.Id).ToHashSet();
        var inspected = visits.Select(v => v.v.UnitId).ToHashSet();
        var units = all.Select(u => new InspectionUnitRow(u.Id, u.Name, denominator.Contains(u.Id), rows.Any(r => r.UnitId == u.Id && r.Selected), inspected.Contains(u.Id)))
            .ToList();
        var coverage = new InspectionCoverage(denominator.Count, inspected.Count(denominator.Contains), plan.CoverageTarget);
        return new InspectionView(plan.Id, plan.GovernmentId, government, plan.Year, plan.Title, plan.Kind, plan.TargetSource, plan.ChosenDenominator,
            DenominatorText(plan.ChosenDenominator, denominator.Count, government), plan.DecisionNumber, plan.DecisionDate, plan.Version, coverage, units,
            visits.Select(v => new VisitRow(v.v.Id, id, v.v.UnitId, v.Name, v.v.Date, Topics(v.v.TopicsJson), v.v.Note, findings.Count(f => f.VisitId == v.v.Id))).ToList(),
            findings);
    }

    /// <summary>The inspection plans of the governments the user reads (null = all), newest year first.</summary>
    public async Task<IReadOnlyList<InspectionListItem>> ListAsync(IReadOnlyCollection<Guid>? governments, CancellationToken ct = default)
    {
        var ids = await db.Set<InspectionPlan>().AsNoTracking().Where(p => governments == null || governments.Contains(p.GovernmentId))
            .OrderByDescending(p => p.Year).ThenBy(p => p.CreatedAt).Select(p => p.Id).ToListAsync(ct);
        var result = new List<InspectionListItem>(ids.Count);
        foreach (var id in ids)
        {
            var v = (await GetAsync(id, ct))!;
            result.Add(new InspectionListItem(v.Id, v.GovernmentId, v.GovernmentName, v.Year, v.Title, v.Kind, v.Coverage, v.Visits.Count, v.Findings.Count,
                v.OpenFindings, v.OverdueFindings));
        }

        return result;
    }

    /// <summary>The findings a query selects, each with the status of its remediation task today.</summary>
    public async Task<IReadOnlyList<FindingRow>> FindingsAsync(IQueryable<InspectionFinding> query, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        var rows = await (from f in query
                          join t in db.PlanTasks.AsNoTracking() on f.TaskId equals t.Id
                          join u in db.Units.AsNoTracking() on f.UnitId equals u.Id
                          orderby f.CreatedAt
                          select new { f, t.Ref, t.PlanId, t.Status, t.Percent, UnitName = u.Name }).ToListAsync(ct);
        return rows.Select(r => new FindingRow(r.f.Id, r.f.VisitId, r.f.UnitId, r.UnitName, r.f.Text, r.f.RemedyDueOn, r.f.TaskId, r.Ref, r.PlanId, r.Percent,
            InspectionRules.Status(r.Status is PlanTaskStatus.Done or PlanTaskStatus.DoneLate, r.f.RemedyDueOn, today))).ToList();
    }

    /// <summary>The coverage target the government's plan for <paramref name="year"/> sets ("ít nhất 30%", "tối thiểu 20%"):
    /// a target linked to the inspection-coverage indicator, else one whose wording is about inspecting; null when none.</summary>
    public async Task<(decimal Value, string Source)?> ProposedTargetAsync(Guid governmentId, int year, CancellationToken ct = default)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var targets = await (from t in db.PlanTargets.AsNoTracking()
                             join p in db.Plans.AsNoTracking() on t.PlanId equals p.Id
                             where p.GovernmentId == governmentId && p.Status != PlanStatus.Draft && p.PeriodFrom <= last && p.PeriodTo >= first
                             orderby p.PeriodFrom descending, t.Order
                             select new { t.Text, t.Value, t.Unit, t.IndicatorCode, t.Stretch, p.Number, p.Title }).ToListAsync(ct);
        var best = targets.FirstOrDefault(t => t.IndicatorCode == IndicatorCodes.InspectionCoverage && !t.Stretch)
            ?? targets.FirstOrDefault(t => t.Unit.Contains('%', StringComparison.Ordinal) && !t.Stretch && VietText.Fold(t.Text).Contains("kiem tra", StringComparison.Ordinal));
        return best is null ? null : (best.Value, $"{(best.Number is { Length: > 0 } n ? "Kế hoạch " + n : best.Title)}: {best.Text}");
    }

    /// <summary>The government's inspections of <paramref name="year"/> in figures (dashboard, periodic report).</summary>
    public async Task<InspectionSummary> SummaryAsync(Guid governmentId, int year, InspectionActuals actuals, CancellationToken ct = default)
    {
        var ids = await db.Set<InspectionPlan>().AsNoTracking().Where(p => p.GovernmentId == governmentId && p.Year == year).Select(p => p.Id).ToListAsync(ct);
        var findings = ids.Count == 0 ? [] : await FindingsAsync(db.Set<InspectionFinding>().AsNoTracking().Where(f => ids.Contains(f.InspectionId)), ct);
        var inspected = ids.Count == 0 ? 0 : await db.Set<InspectionVisit>().AsNoTracking().Where(v => ids.Contains(v.InspectionId)).Select(v => v.UnitId).Distinct().CountAsync(ct);
        return new InspectionSummary(year, await actuals.CoverageAsync(governmentId, year, ct), ids.Count, inspected, findings.Count,
            findings.Count(f => f.Status == FindingStatus.Closed), findings.Count(f => f.Status != FindingStatus.Closed), findings.Count(f => f.Status == FindingStatus.Overdue));
    }

    /// <summary>The findings a unit must still remedy (its remediation tasks not done), earliest due first.</summary>
    public async Task<IReadOnlyList<FindingRow>> ToRemedyAsync(Guid unitId, CancellationToken ct = default) =>
        (await FindingsAsync(db.Set<InspectionFinding>().AsNoTracking().Where(f => f.UnitId == unitId), ct))
            .Where(f => f.Status != FindingStatus.Closed).OrderBy(f => f.RemedyDueOn).ToList();

    public Task<string?> GovernmentNameAsync(Guid governmentId, CancellationToken ct = default) =>
        db.Units.AsNoTracking().Where(u => u.Id == governmentId).Select(u => u.Name).FirstOrDefaultAsync(ct);

    public static string DenominatorText(bool chosen, int units, string government) => chosen
        ? $"trên tổng số {NumberText.Count(units)} cơ quan, đơn vị được chọn trong kế hoạch kiểm tra"
        : $"trên tổng số {NumberText.Count(units)} cơ quan, đơn vị thuộc {government} (cơ quan chuyên môn, đơn vị trực thuộc và chính quyền cấp dưới trực tiếp)";

    public static IReadOnlyList<string> Topics(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
