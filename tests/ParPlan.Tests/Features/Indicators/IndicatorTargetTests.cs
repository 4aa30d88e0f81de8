using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

public class IndicatorTargetTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_board_rates_a_floor_target_on_the_computed_value_and_reports_the_stretch_separately(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([
            Row("HS1", "T.SNV", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-12T09:00", "da_tra"),
            Row("HS2", "T.SNV", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-12T09:00", "da_tra"),
            Row("HS3", "T.SNV", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-12T09:00", "da_tra"),
            Row("HS4", "T.SNV", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-25T09:00", "da_tra"),
        ]));
        await store.ComputeAsync();

        var board = await store.Database.InScopeAsync(async sp =>
        {
            var targets = sp.GetRequiredService<IndicatorTargets>();
            ResultAssert.Ok(await targets.SetTargetAsync(new SetTargetRequest(store.Org.Province, 2025, IndicatorCodes.OnTimeRate, ">=", 70, "%",
                Text: "Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 70%", PlanReference: "KH 12/KH-UBND")));
            ResultAssert.Ok(await targets.SetTargetAsync(new SetTargetRequest(store.Org.Province, 2025, IndicatorCodes.OnTimeRate, ">=", 95, "%", Stretch: true)));
            return (await sp.GetRequiredService<IndicatorQueries>().BoardAsync(store.Org.Province, ReportingPeriod.Quarter(2025, 1)))!;
        });

        var row = Assert.Single(board.Rows, r => r.Code == IndicatorCodes.OnTimeRate);
        Assert.Equal(75m, row.Value);
        Assert.Equal(AttainmentStatus.Met, row.Attainment.Status);
        Assert.False(row.Attainment.StretchReached);
        Assert.Equal("KH 12/KH-UBND", row.Target!.PlanReference);
        Assert.Equal(11, row.Trend.Count(v => v is null));
        Assert.Equal(75m, row.Trend[1]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_hand_entered_actual_needs_its_source_and_a_reduce_by_target_is_rated_against_its_baseline(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);

        var board = await store.Database.InScopeAsync(async sp =>
        {
            var targets = sp.GetRequiredService<IndicatorTargets>();
            var missingSource = await targets.SetActualAsync(new SetActualRequest(store.Org.Province, "2025", IndicatorCodes.Headcount, 950, " "));
            Assert.False(missingSource.IsSuccess);
            var noBaseline = await targets.SetTargetAsync(new SetTargetRequest(store.Org.Province, 2025, IndicatorCodes.Headcount, "reduce-by", 5, "%"));
            Assert.False(noBaseline.IsSuccess);
            ResultAssert.Ok(await targets.SetTargetAsync(new SetTargetRequest(store.Org.Province, 2025, IndicatorCodes.Headcount, "reduce-by", 5, "%", Baseline: 1000)));
            ResultAssert.Ok(await targets.SetActualAsync(new SetActualRequest(store.Org.Province, "2025", IndicatorCodes.Headcount, 960, "Báo cáo Sở Nội vụ số 15/BC-SNV")));
            return (await sp.GetRequiredService<IndicatorQueries>().BoardAsync(store.Org.Province, ReportingPeriod.ForYear(2025)))!;
        });

        var row = Assert.Single(board.Rows, r => r.Code == IndicatorCodes.Headcount);
        Assert.Equal(960m, row.Value);
        Assert.Equal(AttainmentStatus.AtRisk, row.Attainment.Status);
        Assert.Equal("Báo cáo Sở Nội vụ số 15/BC-SNV", row.ActualNote);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_catalogue_is_seeded_and_the_matcher_suggests_the_on_time_rate_for_a_plan_sentence(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);

        var stored = await store.Database.InScopeAsync(sp => sp.Db().Set<CatalogIndicator>().CountAsync());
        var suggestions = IndicatorTargets.Suggest("100% hồ sơ thủ tục hành chính được giải quyết đúng hạn", ">=", 100, "%", GovernmentLevel.Province);

        Assert.Equal(IndicatorCatalog.All.Count, stored);
        Assert.Equal(IndicatorCodes.OnTimeRate, suggestions[0].Indicator.Code);
    }

    [Fact]
    public void An_unknown_denominator_convention_in_the_settings_is_refused_at_start()
    {
        var validator = new IndicatorOptionsValidator();

        var bad = validator.Validate(null, new IndicatorOptions { Convention = "khong-co" });
        var good = validator.Validate(null, new IndicatorOptions { Convention = "carry-over" });

        Assert.True(bad.Failed);
        Assert.Contains("khong-co", bad.FailureMessage, StringComparison.Ordinal);
        Assert.True(good.Succeeded);
        Assert.Equal("carry-over", new IndicatorOptions { Convention = "carry-over" }.ResolveConvention().Name);
    }
}
