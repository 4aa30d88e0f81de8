using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Labels;
using ParPlan.Core.ParIndex;
using ParPlan.Core.Text;
using ParPlan.Data;
using ParPlan.Features.Indicators;
using ParPlan.Features.Plans;

namespace ParPlan.Features.ParIndex;

/// <summary>
/// Proposals for the computed rules, from ParPlan's own data: <c>plan.tasks-done-on-time</c> is the share of the unit's
/// plan tasks (its government's issued plans, or tasks assigned to it) due in the set's year that were done on time;
/// an indicator code reads the year's stored value of the unit; a <c>deadline</c> rule on the plan reads when the
/// unit's plan for the year was issued. Reports and inspections are not in ParPlan yet: the note says so.
/// The self-score stays the unit's; the proposal only stands beside it.
/// </summary>
public sealed class ParProposals(AppDbContext db)
{
    public async Task<Dictionary<string, ParProposal>> ComputeAsync(Guid unitId, CriteriaSet set, CancellationToken ct = default)
    {
        var result = new Dictionary<string, ParProposal>(StringComparer.Ordinal);
        foreach (var leaf in set.Leaves())
        {
            var rule = leaf.Rule!;
            ParProposal? proposal = rule.Kind switch
            {
                RuleKinds.Ratio => await RatioAsync(unitId, set.Year, rule, ct),
                RuleKinds.Deadline when rule.Output == "plan" => await PlanDeadlineAsync(unitId, set.Year, rule, ct),
                RuleKinds.Deadline => new ParProposal(null, "ParPlan chưa có dữ liệu gửi báo cáo; đơn vị tự chấm theo văn bản đã gửi."),
                _ => null,
            };
            if (proposal is not null) result[leaf.Code] = proposal;
        }

        return result;
    }

    private async Task<ParProposal> RatioAsync(Guid unitId, int year, ScoringRule rule, CancellationToken ct)
    {
        var measure = rule.Measure!;
        if (measure == ParMeasures.PlanTasksDoneOnTime)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            var assigned = db.Set<TaskAssignment>().Where(a => a.UnitId == unitId).Select(a => a.TaskId);
            var tasks = await (from t in db.Set<PlanTask>()
                               join p in db.Set<Plan>() on t.PlanId equals p.Id
                               where p.Status != PlanStatus.Draft && t.DueDate >= first && t.DueDate <= last
                                     && (p.GovernmentId == unitId || assigned.Contains(t.Id))
                               select t.Status).ToListAsync(ct);
            if (tasks.Count == 0) return new ParProposal(null, $"Không có nhiệm vụ kế hoạch CCHC nào đến hạn trong năm {year}.");
            var onTime = tasks.Count(s => s == PlanTaskStatus.Done);
            var value = decimal.Round(onTime * 100m / tasks.Count, 2);
            var points = RuleScorer.Ratio(rule, value);
            return new ParProposal(points, $"{NumberText.Count(onTime)}/{NumberText.Count(tasks.Count)} nhiệm vụ đến hạn trong năm {year} hoàn thành đúng hạn "
                + $"= {NumberText.Decimal(value)}% → {NumberText.Decimal(points)} điểm (nguồn: Nhiệm vụ của tôi, kế hoạch CCHC năm {year}).");
        }

        if (!ParMeasures.Own.Contains(measure))
        {
            var unitCode = await db.Units.Where(u => u.Id == unitId).Select(u => u.Code).FirstAsync(ct);
            var stored = await db.Set<StoredIndicatorValue>().AsNoTracking()
                .Where(v => v.Year == year && v.UnitCode == unitCode && v.Field == "" && v.Code == measure && v.Value != null)
                .OrderByDescending(v => v.Period == year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ThenByDescending(v => v.Period)
                .FirstOrDefaultAsync(ct);
            if (stored?.Value is not { } value) return new ParProposal(null, $"Chưa có số liệu \"{ParMeasureLabels.Label(measure)}\" của đơn vị năm {year}.");
            var points = RuleScorer.Ratio(rule, value);
            return new ParProposal(points, $"{ParMeasureLabels.Label(measure)}: {NumberText.Decimal(value)}% "
                + $"({NumberText.Count(stored.Numerator)}/{NumberText.Count(stored.Denominator ?? 0)}, kỳ {stored.Period}) → {NumberText.Decimal(points)} điểm (nguồn: Bảng chỉ số).");
        }

        return new ParProposal(null, $"ParPlan chưa có số liệu \"{ParMeasureLabels.Label(measure)}\"; đơn vị tự chấm theo tài liệu kiểm chứng.");
    }

    private async Task<ParProposal> PlanDeadlineAsync(Guid unitId, int year, ScoringRule rule, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().AsNoTracking()
            .Where(p => p.GovernmentId == unitId && p.Status != PlanStatus.Draft && p.PeriodFrom.Year == year && p.IssuedOn != null)
            .OrderBy(p => p.IssuedOn).Select(p => new { p.Number, p.IssuedOn }).FirstOrDefaultAsync(ct);
        var points = RuleScorer.Deadline(rule, plan?.IssuedOn);
        return plan is null
            ? new ParProposal(points, $"Chưa có kế hoạch CCHC năm {year} đã ban hành trong ParPlan → {NumberText.Decimal(points)} điểm.")
            : new ParProposal(points, $"Kế hoạch CCHC năm {year} số {plan.Number} ban hành ngày {DateText.Format(plan.IssuedOn)} "
                + $"(hạn {DateText.Format(rule.Due)}) → {NumberText.Decimal(points)} điểm.");
    }
}
