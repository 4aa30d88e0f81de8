using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Inspections;
using ParPlan.Core.Text;
using ParPlan.Data;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Inspections;

/// <summary>Feeds the plan target "kiểm tra ít nhất X% cơ quan, đơn vị" its actual: the government's value of the
/// catalogue indicator <see cref="IndicatorCodes.InspectionCoverage"/> for the year is the coverage of its planned and
/// unscheduled inspections (self-inspections are the inspected units' own), the units inspected among the union of their
/// denominators. It is kept as the year's hand-entered actual with its source, so the indicator board rates the linked
/// target against it; an officer's own figure is overwritten only while inspections exist.</summary>
public sealed class InspectionActuals(AppDbContext db, InspectableUnits inspectable, IndicatorTargets targets)
{
    public const string SourcePrefix = "Tính từ kế hoạch kiểm tra";

    /// <summary>The year's coverage over the government's planned and unscheduled inspections; null when there is none.</summary>
    public async Task<InspectionCoverage?> CoverageAsync(Guid governmentId, int year, CancellationToken ct = default)
    {
        var plans = await db.Set<InspectionPlan>().AsNoTracking()
            .Where(p => p.GovernmentId == governmentId && p.Year == year && p.Kind != InspectionKind.SelfInspection)
            .Select(p => new { p.Id, p.ChosenDenominator, p.CoverageTarget }).ToListAsync(ct);
        if (plans.Count == 0)
        {
            return null;
        }

        var ids = plans.Select(p => p.Id).ToList();
        var denominator = new HashSet<Guid>();
        if (plans.Any(p => !p.ChosenDenominator))
        {
            denominator.UnionWith((await inspectable.OfAsync(governmentId, year, ct)).Select(u => u.Id));
        }

        var chosen = plans.Where(p => p.ChosenDenominator).Select(p => p.Id).ToList();
        denominator.UnionWith(await db.Set<InspectionUnit>().AsNoTracking().Where(u => chosen.Contains(u.InspectionId) && u.InDenominator).Select(u => u.UnitId).ToListAsync(ct));
        var visited = await db.Set<InspectionVisit>().AsNoTracking().Where(v => ids.Contains(v.InspectionId)).Select(v => v.UnitId).Distinct().ToListAsync(ct);
        return new InspectionCoverage(denominator.Count, visited.Count(denominator.Contains), plans.Max(p => p.CoverageTarget));
    }

    public async Task RefreshAsync(Guid governmentId, int year, CancellationToken ct = default)
    {
        if (await CoverageAsync(governmentId, year, ct) is not { Rate: { } rate } coverage)
        {
            return;
        }

        var note = $"{SourcePrefix}: {NumberText.Count(coverage.Inspected)}/{NumberText.Count(coverage.Units)} cơ quan, đơn vị đã được kiểm tra.";
        var period = ReportingPeriod.ForYear(year).Code;
        var saved = await targets.SetActualAsync(new SetActualRequest(governmentId, period, IndicatorCodes.InspectionCoverage, rate, note), ct);
        if (saved.Error is { } error)
        {
            throw new InvalidOperationException("Không ghi được số liệu thực hiện tự tính: " + error.Message);
        }
    }
}
