using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>On a generated store of the demo province: every government's total is the count over its dossiers straight
/// from the stored rows, whatever the dates of their units, and the list behind every number is its denominator, with
/// the rest of it (denominator − numerator) one filter away.</summary>
public class RollUpDrillDownTests
{
    public static TheoryData<string, string> ProvidersAndConventions()
    {
        var data = new TheoryData<string, string>();
        var providers = string.IsNullOrWhiteSpace(TestDatabase.PostgresConnectionString) && !TestDatabase.PostgresRequired
            ? new[] { TestDatabase.Sqlite }
            : [TestDatabase.Sqlite, TestDatabase.Postgres];
        foreach (var provider in providers)
        {
            foreach (var convention in IndicatorConvention.BuiltIn) data.Add(provider, convention.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_province_counts_the_dossiers_of_communes_created_on_1_7_2025_in_its_earlier_periods_and_says_how_many(string provider)
    {
        await using var database = await GeneratedStore.CreateAsync(provider);
        var q1 = ReportingPeriod.Parse("2025-Q1");
        var from = DossierCodes.LocalStartOfDay(q1.From);
        var to = DossierCodes.LocalStartOfDay(q1.To.AddDays(1));
        var newCommunes = DemoDossierUnits.Codes(2026).Where(c => c.StartsWith("QT.XA.", StringComparison.Ordinal)).ToList();

        var (received, finished, receivedNew, finishedNew, stored) = await database.InScopeAsync(async sp =>
        {
            var dossiers = sp.Db().Set<Dossier>().AsNoTracking();
            var values = await sp.Db().Set<StoredIndicatorValue>().AsNoTracking().Where(v => v.UnitCode == "QT" && v.Period == "2025-Q1" && v.Field == "")
                .ToDictionaryAsync(v => v.Code, v => (v.Numerator, v.Denominator));
            return (await dossiers.CountAsync(d => d.ReceivedAt >= from && d.ReceivedAt < to),
                await dossiers.CountAsync(d => d.Status != DossierStatus.Withdrawn && d.FinishedAt >= from && d.FinishedAt < to),
                await dossiers.CountAsync(d => newCommunes.Contains(d.UnitCode) && d.ReceivedAt >= from && d.ReceivedAt < to),
                await dossiers.CountAsync(d => newCommunes.Contains(d.UnitCode) && d.Status != DossierStatus.Withdrawn && d.FinishedAt >= from && d.FinishedAt < to),
                values);
        });
        var (board, listed) = await database.InScopeAsync(async sp =>
        {
            var province = await sp.Db().Units.Where(u => u.Code == "QT").Select(u => u.Id).SingleAsync();
            var queries = sp.GetRequiredService<IndicatorQueries>();
            return (await queries.BoardAsync(province, q1), await queries.ValuesAsync(province, q1));
        });

        Assert.True(receivedNew > 0 && finishedNew > 0, "the generated year has first-half dossiers at the new communes");
        Assert.Equal(received, stored[IndicatorCodes.Received].Numerator);
        Assert.Equal(finished, stored[IndicatorCodes.OnTimeRate].Denominator);
        Assert.Equal(receivedNew, stored[IndicatorComputer.OutsideDatesReceived].Numerator);
        Assert.Equal(finishedNew, stored[IndicatorComputer.OutsideDatesFinished].Numerator);
        Assert.Equal(new OutsideDatesCount(receivedNew, finishedNew), board!.OutsideUnitDates);
        Assert.Contains("chưa thành lập", BoardFormat.OutsideUnitDatesNotice(board.OutsideUnitDates, q1), StringComparison.Ordinal);
        Assert.Contains(listed, v => v.UnitCode == "QT.XA.VINHLINH" && v.Code == IndicatorCodes.Received && v.Value > 0);
        Assert.DoesNotContain(listed, v => v.Code.StartsWith(IndicatorComputer.OutsideDatesPrefix, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ProvidersAndConventions))]
    public async Task The_list_behind_every_number_is_its_denominator_and_its_rest_is_the_denominator_minus_the_numerator(string provider, string convention)
    {
        await using var database = await GeneratedStore.CreateAsync(provider, convention);
        var codes = convention == IndicatorConvention.ContractDefault.Name
            ? IndicatorConvention.ContractDefault.Codes.ToList()
            : [IndicatorCodes.OnTimeRate];
        var governments = new[] { "QT", "QT.H.VINHLINH", "QT.XA.VINHLINH", "QT.H.VINHLINH.X.VINHCHAP" };
        var periods = ReportingPeriod.AllOf(2025).Append(ReportingPeriod.Parse("2026-Q1")).Append(ReportingPeriod.Parse("2026-M03")).ToList();
        var checkedValues = 0;

        await database.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var queries = sp.GetRequiredService<IndicatorQueries>();
            var ids = await db.Units.Where(u => governments.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id);
            Assert.Equal(governments.Length, ids.Count);
            var stored = await db.Set<StoredIndicatorValue>().AsNoTracking().Where(v => governments.Contains(v.UnitCode) && v.Field == "" && codes.Contains(v.Code))
                .ToListAsync();
            foreach (var government in governments)
            {
                foreach (var period in government == "QT" ? periods : periods.Where(p => p.Code is "2025-Q1" or "2025-M06" or "2025-Q3" or "2025" or "2026-Q1"))
                {
                    foreach (var code in codes)
                    {
                        var value = stored.SingleOrDefault(v => v.UnitCode == government && v.Period == period.Code && v.Code == code);
                        var all = await queries.DossiersAsync(ids[government], period, code, 1);
                        var rest = await queries.DossiersAsync(ids[government], period, code, 1, DrillDownPart.Rest);
                        var expected = value is null ? 0 : value.Denominator ?? value.Numerator;
                        var expectedRest = value?.Denominator is { } den ? den - value.Numerator : 0;
                        Assert.True(expected == all.Total, $"{government} {period.Code} {code}: mẫu số {expected}, danh sách {all.Total}");
                        Assert.True(expectedRest == rest.Total, $"{government} {period.Code} {code}: phần còn lại {expectedRest}, danh sách {rest.Total}");
                        checkedValues++;
                    }
                }
            }
        });

        Assert.True(checkedValues > 20);
    }
}
