using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Plans;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Reports;
using ParPlan.Features.Reports.Regimes;

namespace ParPlan.Tests.Features.Reports;

/// <summary>Which units report under which regime (Decree 09/2019, reporting units): a province and its agencies under
/// the Bộ Nội vụ regime, a commune under the commune regime; the standing agency changes a regime's levels and the
/// calendar follows; a report is never started under a regime that does not apply. Both providers, real services.</summary>
public sealed class ReportRegimeLevelsTests
{
    private static RegimeEdit Fields(ReportingRegime regime, params GovernmentLevel[] levels) => new(regime.Name, regime.Basis, regime.ReceivingBody,
        regime.Outline.Default, regime.Annex.Default, regime.Annex.For(ReportUnitType.Agency), levels);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_province_and_its_agencies_owe_only_the_581_periods_and_a_commune_only_the_commune_regime_s(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 2, tasksPerCommune: 1);

        var (province, commune) = await w.InScopeAsync(async (queries, _) =>
            (await ResultAssert.Ok(queries.CalendarAsync(w.Standing, null, 2026)), await ResultAssert.Ok(queries.CalendarAsync(w.Admin, w.Communes[0], 2026))));

        string[] bnv = ["2026-Q1", "2026-H1", "2026-Q3", "2026"];
        string[] xa = ["2026-Q1", "2026-H1", "2026-9M", "2026"];
        Assert.Equal(bnv.Order(), province.Where(i => i.UnitId == w.Province).Select(i => i.Period).Order());
        Assert.Equal(bnv.Order(), province.Where(i => i.UnitId == w.Agency).Select(i => i.Period).Order());
        Assert.All(province.Where(i => i.UnitId == w.Province || i.UnitId == w.Agency), i => Assert.Equal(DefaultRegimes.BnvCode, i.Regime));
        Assert.All(w.Communes, c => Assert.Equal(xa.Order(), province.Where(i => i.UnitId == c).Select(i => i.Period).Order()));
        Assert.All(province.Where(i => w.Communes.Contains(i.UnitId)), i => Assert.Equal(DefaultRegimes.CommuneCode, i.Regime));
        Assert.Equal(xa.Order(), commune.Select(i => i.Period).Order());
        Assert.All(commune, i => Assert.Equal((w.Communes[0], DefaultRegimes.CommuneCode), (i.UnitId, i.Regime)));
        var q1 = commune.Single(i => i.Period == "2026-Q1");
        Assert.Equal((new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 11)), (q1.WindowTo, q1.DueOn));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Editing_a_regime_s_levels_changes_the_calendar_and_a_province_s_copy_governs_its_communes_until_a_commune_edits_its_own(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        Task<long> Save(Guid government, ReportingRegime regime, params GovernmentLevel[] levels) => database.InScopeAsync(sp =>
            ResultAssert.Ok(sp.GetRequiredService<RegimeCommands>().SaveRegimeAsync(w.Admin, government, regime.Code, Fields(regime, levels), 0)));
        Task<IReadOnlyList<ReportCalendarItem>> Calendar(Guid government) => w.InScopeAsync(async (queries, _) =>
            await ResultAssert.Ok(queries.CalendarAsync(w.Admin, government, 2026)));

        // The province makes the Bộ Nội vụ regime apply to communes as well: its communes (no copy of their own) owe both.
        await Save(w.Province, DefaultRegimes.Bnv581, GovernmentLevel.Province, GovernmentLevel.Commune);
        var both = await Calendar(w.Communes[0]);
        // The commune's own copy of the Bộ Nội vụ regime, for provinces only, takes the province's place for it.
        await Save(w.Communes[0], DefaultRegimes.Bnv581, GovernmentLevel.Province);
        var own = await Calendar(w.Communes[0]);
        var province = await Calendar(w.Province);

        Assert.Equal(8, both.Count);
        Assert.Equal(4, both.Count(i => i.Regime == DefaultRegimes.BnvCode));
        Assert.All(own, i => Assert.Equal(DefaultRegimes.CommuneCode, i.Regime));
        Assert.Equal(4, own.Count);
        Assert.Equal(4, province.Count(i => i.UnitId == w.Province));
        var page = await database.InScopeAsync(sp => sp.GetRequiredService<RegimeQueries>().PageAsync(w.Admin, w.Communes[0]));
        var commune = page!.Regimes.Single(r => r.Regime.Code == DefaultRegimes.CommuneCode);
        Assert.True(commune.Applies);
        Assert.False(page.Regimes.Single(r => r.Regime.Code == DefaultRegimes.BnvCode).Applies);
        Assert.Equal(GovernmentLevel.Commune, page.Level);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_regime_saved_without_any_level_is_refused_in_vietnamese_and_nothing_is_saved(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);

        var refused = await database.InScopeAsync(sp =>
            sp.GetRequiredService<RegimeCommands>().SaveRegimeAsync(w.Standing, w.Province, DefaultRegimes.BnvCode, Fields(DefaultRegimes.Bnv581), 0));

        Assert.Equal("invalid", refused.Error?.Code);
        Assert.Contains("Chọn ít nhất một cấp chính quyền áp dụng chế độ báo cáo", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.InScopeAsync(sp => sp.CountAsync<GovernmentRegime>()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Starting_a_report_under_a_regime_that_does_not_apply_is_refused_in_vietnamese_and_nothing_is_saved(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        var officer = w.OfficerOf(w.Communes[0]);

        var (bnv, noRegime) = await w.InScopeAsync(async (_, commands) =>
            (await commands.StartAsync(officer, new StartReportRequest(w.Communes[0], "2026-Q3", DefaultRegimes.BnvCode)),
                await commands.StartAsync(officer, new StartReportRequest(w.Communes[0], "2026-Q3"))));

        Assert.Equal("invalid", bnv.Error?.Code);
        Assert.Equal("Chế độ báo cáo «Chế độ báo cáo công tác cải cách hành chính (Công văn 581/BNV-CCHC)» không áp dụng cho chính quyền cấp xã: "
            + "UBND xã Thử 001 báo cáo theo «Chế độ báo cáo cải cách hành chính của UBND xã (mục VI Kế hoạch CCHC của xã)». Chọn một kỳ có trong lịch báo cáo.",
            bnv.Error!.Message);
        Assert.Equal(400, ParPlan.Infrastructure.Problems.StatusOf(bnv.Error));
        Assert.Equal("invalid", noRegime.Error?.Code);
        Assert.Contains("Không có chế độ báo cáo nào áp dụng cho UBND xã Thử 001 có kỳ 2026-Q3", noRegime.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.InScopeAsync(sp => sp.CountAsync<ReportInstance>()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_report_already_started_under_a_regime_that_no_longer_applies_answers_409_with_its_id_and_stays_on_the_calendar(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        var existing = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var report = new ReportInstance
            {
                UnitId = w.Communes[0], GovernmentId = w.Communes[0], RegimeCode = DefaultRegimes.BnvCode, PeriodCode = "2026-Q3", PeriodLabel = "Quý III/2026",
                WindowFrom = new DateOnly(2026, 6, 15), WindowTo = new DateOnly(2026, 9, 14), DueOn = new DateOnly(2026, 9, 20), Status = ReportStatus.Draft,
                CreatedAt = database.Time.GetUtcNow(), CreatedBy = "canbo", ChangedAt = database.Time.GetUtcNow(), ChangedBy = "canbo", ChangedWhat = "Lập báo cáo",
            };
            db.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

        var (again, calendar) = await w.InScopeAsync(async (queries, commands) =>
            (await commands.StartAsync(w.OfficerOf(w.Communes[0]), new StartReportRequest(w.Communes[0], "2026-Q3", DefaultRegimes.BnvCode)),
                await ResultAssert.Ok(queries.CalendarAsync(w.Admin, w.Communes[0], 2026))));

        Assert.Equal("conflict", again.Error?.Code);
        Assert.Equal(existing, Assert.IsType<ReportStarted>(again.Error!.Current).Id);
        Assert.Equal(existing, calendar.Single(i => i.Regime == DefaultRegimes.BnvCode).ReportId);
        Assert.Equal(5, calendar.Count);
    }
}
