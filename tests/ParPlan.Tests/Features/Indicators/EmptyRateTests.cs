using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using static System.FormattableString;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>A rate with nothing counted (0 / 0, empty value) is not stored; the board, the API and the values by unit show
/// it exactly as when it was stored (0 / 0, empty), and an indicator of a unit without dossiers in the period stays
/// hidden, as before.</summary>
public class EmptyRateTests
{
    private static readonly string[] Periods = ["2025", "2025-Q1", "2025-M07", "2026-M01", "2026-Q2", "2026-M06", "2026"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Empty_rates_are_not_stored_and_every_reader_shows_the_same_as_when_they_were(string provider)
    {
        await using var database = await GeneratedStore.CreateAsync(provider);
        var empty = EmptyRates.Of(IndicatorConvention.ContractDefault);
        var rates = empty.Rates.ToList();
        var (storedEmpty, missing) = await database.InScopeAsync(async sp =>
        {
            var values = await sp.Db().Set<StoredIndicatorValue>().AsNoTracking().ToListAsync();
            var stored = values.Select(v => (v.Year, v.Period, v.UnitCode, v.Field, v.Code)).ToHashSet();
            return (values.Count(v => rates.Contains(v.Code) && v.Numerator == 0 && v.Denominator == 0),
                values.Where(v => v.Code == empty.Marker).SelectMany(m => rates.Where(r => !stored.Contains((m.Year, m.Period, m.UnitCode, m.Field, r)))
                    .Select(r => new StoredIndicatorValue { Year = m.Year, Period = m.Period, UnitCode = m.UnitCode, Field = m.Field, Code = r, Denominator = 0 })).ToList());
        });
        var before = await ReadAsync(database);

        // As a build that stored every value left them.
        await database.InScopeAsync(async sp =>
        {
            sp.Db().AddRange(missing);
            await sp.Db().SaveChangesAsync();
        });
        var filled = await ReadAsync(database);
        await database.InScopeAsync(sp => sp.GetRequiredService<IndicatorComputer>().ComputeAsync());
        var recomputed = await ReadAsync(database);
        var left = await database.InScopeAsync(sp => sp.Db().Set<StoredIndicatorValue>().CountAsync(v => rates.Contains(v.Code) && v.Numerator == 0 && v.Denominator == 0));

        Assert.Equal(0, storedEmpty);
        Assert.True(missing.Count > 1000, $"the generated store has empty rates ({missing.Count})");
        Assert.Contains(missing, m => m.Period == "2026-M06" && m.Field == "" && m.UnitCode == "QT" && m.Code == IndicatorCodes.OnTimeRate);
        Assert.Equal(filled, before);
        Assert.Equal(filled, recomputed);
        Assert.Equal(0, left); // the recomputation removes the empty rows an earlier build stored
        Assert.Contains($"QT {IndicatorCodes.OnTimeRate} 0/0=", before.Single(b => b.StartsWith("board 2026-M06", StringComparison.Ordinal)));
    }

    /// <summary>Every reader of the values, for a few periods, as text: the API's list, the province's board (shown
    /// rows, their numbers and trends) and each rate's values by unit. Numbers are written invariantly: a test that
    /// starts the web host meanwhile changes the process's default culture.</summary>
    private static Task<List<string>> ReadAsync(TestDatabase database) => database.InScopeAsync(async sp =>
    {
        var queries = sp.GetRequiredService<IndicatorQueries>();
        var province = await sp.Db().Units.Where(u => u.Code == "QT").Select(u => u.Id).SingleAsync();
        var lines = new List<string>();
        foreach (var period in Periods.Select(ReportingPeriod.Parse))
        {
            var values = await queries.ValuesAsync(province, period);
            lines.Add($"api {period.Code}: " + string.Join("; ", values.Select(v => Invariant($"{v.UnitCode} {v.UnitId} {v.Code} {v.Period} {v.Numerator}/{v.Denominator}={v.Value}"))));
            var board = (await queries.BoardAsync(province, period))!;
            lines.Add($"board {period.Code}: " + string.Join("; ", board.Rows.Select(r =>
                Invariant($"QT {r.Code} {r.Numerator}/{r.Denominator}={r.Value} [{string.Join(",", r.Trend.Select(t => Invariant($"{t}")))}] {r.Attainment.Status}"))));
            foreach (var code in new[] { IndicatorCodes.OnTimeRate, IndicatorCodes.LateApologyRate, IndicatorCodes.Received })
            {
                var units = await queries.UnitValuesAsync(province, period, code);
                lines.Add($"units {period.Code} {code}: " + string.Join("; ", units.Select(u => Invariant($"{u.UnitCode} {u.UnitName} {u.Numerator}/{u.Denominator}={u.Value}"))));
            }
        }

        return lines;
    });
}
