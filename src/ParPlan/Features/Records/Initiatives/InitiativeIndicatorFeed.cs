using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Records;
using ParPlan.Data;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Records;

/// <summary>Feeds the initiative registry to the indicator board: the count of initiatives a government had recognised in
/// each period of a year (<see cref="InitiativeRules.CountRecognised"/>) is written as the actual of
/// <see cref="IndicatorCodes.InitiativesRecognised"/>, so a plan target linked to it ("ít nhất 01–02 sáng kiến") is
/// compared with the registry like any target on the board. Rewritten whenever a recognition changes.</summary>
public sealed class InitiativeIndicatorFeed(AppDbContext db, TimeProvider time)
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
            var existing = await db.Set<IndicatorActual>()
                .Where(a => a.UnitId == governmentId && a.IndicatorCode == IndicatorCodes.InitiativesRecognised && codes.Contains(a.Period)).ToListAsync(ct);
            foreach (var period in periods)
            {
                var count = InitiativeRules.CountRecognised(recognised, period.From, period.To);
                var actual = existing.FirstOrDefault(a => a.Period == period.Code);
                if (actual is null)
                {
                    actual = new IndicatorActual { UnitId = governmentId, Period = period.Code, IndicatorCode = IndicatorCodes.InitiativesRecognised };
                    db.Add(actual);
                }
                else if (actual.Value == count)
                {
                    continue;
                }

                (actual.Value, actual.SourceNote, actual.EnteredAt) = (count, SourceNote, time.GetUtcNow());
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
