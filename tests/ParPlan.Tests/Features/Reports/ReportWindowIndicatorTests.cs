using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Reports;

namespace ParPlan.Tests.Features.Reports;

/// <summary>A report's dossier indicators count the dossiers of its exact window (DOMAIN §7.2), on both providers.</summary>
public sealed class ReportWindowIndicatorTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reports_dossier_indicators_count_only_the_dossiers_finished_on_the_days_of_its_window(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1, indicators: [(2, 3)]);
        var code = await w.CodeOfAsync(0);
        await database.InScopeAsync(async sp =>
        {
            // The commune's Q1 window (commune regime) is 15/12/2025–11/03/2026, inside the province's (15/12/2025–14/03/2026).
            var db = sp.GetRequiredService<AppDbContext>();
            db.Add(ReportWorld.Dossier(code, new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 20), new DateOnly(2025, 12, 14))); // before, on time
            db.Add(ReportWorld.Dossier(code, new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 10), new DateOnly(2025, 12, 15))); // first day, late
            db.Add(ReportWorld.Dossier(code, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 11)));   // last day, on time
            db.Add(ReportWorld.Dossier(code, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 15)));   // after both, late
            await db.SaveChangesAsync();
            return 0;
        });

        var (commune, province) = await w.InScopeAsync(async (queries, commands) =>
        {
            var officer = w.OfficerOf(w.Communes[0]);
            var mine = (await ResultAssert.Ok(commands.StartAsync(officer, new StartReportRequest(w.Communes[0], ReportWorld.Period)))).Id;
            var theirs = (await ResultAssert.Ok(commands.StartAsync(w.Standing, new StartReportRequest(w.Province, ReportWorld.Period)))).Id;
            return (await ResultAssert.Ok(queries.GetAsync(officer, mine)), await ResultAssert.Ok(queries.GetAsync(w.Standing, theirs)));
        });

        var onTime = commune.Figures.Indicators.Single(i => i.Code == IndicatorCodes.OnTimeRate);
        Assert.Equal((3, 5), (onTime.Numerator, onTime.Denominator));
        Assert.Equal(60m, onTime.Value);
        var rolledUp = province.Figures.Indicators.Single(i => i.Code == IndicatorCodes.OnTimeRate);
        Assert.Equal((3, 5), (rolledUp.Numerator, rolledUp.Denominator));
    }
}
