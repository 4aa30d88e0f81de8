using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Records;
using ParPlan.Data;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Records;

/// <summary>Feeds the initiative registry to the indicator board: the count of initiatives a government had recognised in
/// each period of a year (<see cref="InitiativeRules.CountRecognised"/>) is written as the actual of
/// <see cref="IndicatorCodes.InitiativesRecognised"/>, so a plan target linked to it ("ít nhất 01–02 sáng kiến") is
/// compared with the registry like any target on the board. Rewritten whenever a recognition changes, through
/// <see cref="IndicatorTargets.SetActualAsync"/>, the one place an actual is written.</summary>
public sealed class InitiativeIndicatorFeed(AppDbContext db, IndicatorTargets targets)
{
    public const string SourceNote = "Tính tự động từ sổ theo dõi sáng kiến CCHC";

    public async Task RefreshAsync(Guid governmentId, IEnumerable<int> years, CancellationToken ct = default)
    {
        foreach (var year in years.Distinct())
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var recognised = (await db.Set<Initiative>().AsNoTracking()
                    .Where(i => i.GovernmentId == governmentId && i.DecisionDate >= first && i.DecisionDate <= last)
                    .Select(i => new { i.Stage, i.DecisionDate }).ToListAsync(ct))
                .Select(i => (i.Stage, i.DecisionDate)).ToList();
            var periods = IndicatorBoardQueries.PickerPeriods(year);
            var codes = periods.Select(p => p.Code).ToList();
            var existing = await db.Set<IndicatorActual>().AsNoTracking()
                .Where(a => a.UnitId == governmentId && a.IndicatorCode == IndicatorCodes.InitiativesRecognised && codes.Contains(a.Period))
                .ToDictionaryAsync(a => a.Period, a => a.Value, ct);
            foreach (var period in periods)
            {
                var count = InitiativeRules.CountRecognised(recognised, period.From, period.To);
                if (existing.TryGetValue(period.Code, out var value) && value == count) continue;
                var saved = await targets.SetActualAsync(new SetActualRequest(governmentId, period.Code, IndicatorCodes.InitiativesRecognised, count, SourceNote), ct);
                if (saved.Error is { } error) throw new InvalidOperationException("Không ghi được số liệu thực hiện tự tính: " + error.Message);
            }
        }
    }
}
