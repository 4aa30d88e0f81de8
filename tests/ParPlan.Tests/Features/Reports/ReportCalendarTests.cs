using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Reports;
using ParPlan.Features.Reports.Regimes;

namespace ParPlan.Tests.Features.Reports;

/// <summary>The calendar of what a government and its units owe: the regimes that apply to each unit's level of government
/// and the ad hoc reports, on both providers through the real services.</summary>
public sealed class ReportCalendarTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_calendar_lists_each_unit_s_applicable_regime_and_the_ad_hoc_reports_with_their_windows_and_due_dates(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Add(new AdHocReportRequest
            {
                GovernmentId = w.Province, Code = "2026-DX01", Subject = "Tình hình giải quyết hồ sơ đất đai", WindowFrom = new DateOnly(2026, 4, 1),
                WindowTo = new DateOnly(2026, 4, 30), DueOn = new DateOnly(2026, 5, 5), ReceivingBody = "Ủy ban nhân dân tỉnh", CreatedAt = database.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
            return 0;
        });
        var officer = w.OfficerOf(w.Communes[0]);

        var (calendar, started, mine) = await w.InScopeAsync(async (queries, commands) =>
        {
            var calendar = await ResultAssert.Ok(queries.CalendarAsync(w.Standing, null, 2026));
            var id = (await ResultAssert.Ok(commands.StartAsync(officer, new StartReportRequest(w.Communes[0], "2026-DX01", "dot-xuat")))).Id;
            return (calendar, await ResultAssert.Ok(queries.GetAsync(officer, id)), await ResultAssert.Ok(queries.CalendarAsync(officer, null, 2026)));
        });

        var province = calendar.Where(i => i.UnitId == w.Province).ToList();
        var q3 = province.Single(i => i.Regime == "bnv-581" && i.Period == "2026-Q3");
        Assert.Equal((new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 20)), (q3.WindowFrom, q3.WindowTo, q3.DueOn));
        Assert.Contains("581/BNV-CCHC", q3.RegimeName, StringComparison.Ordinal);
        var nine = calendar.Single(i => i.UnitId == w.Communes[0] && i.Regime == "xa-d3" && i.Period == "2026-9M");
        Assert.Equal(new DateOnly(2026, 9, 11), nine.DueOn);
        Assert.Equal(4, province.Count(i => !i.AdHoc));
        var adHoc = Assert.Single(calendar, i => i.AdHoc && i.UnitId == w.Communes[0]);
        Assert.Equal(("2026-DX01", "Đột xuất: Tình hình giải quyết hồ sơ đất đai"), (adHoc.Period, adHoc.PeriodLabel));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 5)), (adHoc.WindowFrom, adHoc.WindowTo, adHoc.DueOn));
        Assert.Contains(calendar, i => i.AdHoc && i.UnitId == w.Province);
        Assert.Contains(calendar, i => i.AdHoc && i.UnitId == w.Agency);

        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), false), (started.WindowFrom, started.WindowTo, started.Cumulative));
        Assert.Equal("Báo cáo đột xuất", started.RegimeName);
        Assert.Equal(started.Id, mine.Single(i => i.AdHoc).ReportId);
        Assert.All(mine, i => Assert.Equal(w.Communes[0], i.UnitId));
    }
}
