using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Indicators;
using ParPlan.Features.Plans;
using ParPlan.Features.Records;

namespace ParPlan.Tests.Features.Records;

/// <summary>The initiative registry feeds a plan's numeric target such as "ít nhất 01–02 sáng kiến": the target linked
/// to the initiative count reads the initiatives recognised in the year, on the board and on the registry's page.</summary>
public sealed class InitiativeTargetTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_initiative_recognised_in_the_year_counts_toward_the_plans_at_least_one_initiative_target(string provider)
    {
        await using var store = await RecordStore.CreateAsync(provider);
        await store.Database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var plan = new Plan
            {
                GovernmentId = store.Org.NewCommune, Title = "Kế hoạch CCHC năm 2026", Number = "5/KH-UBND", IssuedOn = new DateOnly(2026, 1, 5),
                PeriodFrom = new DateOnly(2026, 1, 1), PeriodTo = new DateOnly(2026, 12, 31), Status = PlanStatus.Issued, CreatedAt = store.Database.Time.GetUtcNow(),
            };
            db.Add(plan);
            db.Add(new PlanTarget
            {
                PlanId = plan.Id, Order = 1, Text = "Mỗi năm có ít nhất 01–02 sáng kiến cải cách hành chính được công nhận", Comparator = ">=", Value = 1,
                Unit = "sáng kiến", IndicatorCode = IndicatorCodes.InitiativesRecognised, IndicatorLink = IndicatorLinkStatus.Confirmed,
            });
            await db.SaveChangesAsync();
        });
        var year = ReportingPeriod.ForYear(2026);

        var proposed = await ResultAssert.Ok(store.WithAsync<InitiativeCommands, Result<Initiative>>(c => c.ProposeAsync(store.UnitOfficer,
            new InitiativeCommands.ProposalRequest(store.Org.NewVhxh, "Trả kết quả TTHC tại nhà qua bưu chính", null, "Nguyễn Văn A", new DateOnly(2026, 1, 20)))));
        var before = await RowAsync(store, year);
        var byUnit = await store.WithAsync<InitiativeCommands, Result<Initiative>>(c => c.MoveAsync(store.UnitOfficer, proposed.Id,
            new InitiativeCommands.StageRequest(InitiativeStageLabels.Evaluating, null, null, null, null, null, null)));
        var evaluating = await ResultAssert.Ok(store.WithAsync<InitiativeCommands, Result<Initiative>>(c => c.MoveAsync(store.Standing, proposed.Id,
            new InitiativeCommands.StageRequest(InitiativeStageLabels.Evaluating, "Hội đồng đánh giá đạt", null, null, null, null, null))));
        await ResultAssert.Ok(store.WithAsync<InitiativeCommands, Result<Initiative>>(c => c.MoveAsync(store.Standing, proposed.Id,
            new InitiativeCommands.StageRequest(InitiativeStageLabels.Recognised, null, RecognitionLevelLabels.Province, "125/QĐ-UBND", new DateOnly(2026, 2, 20), null,
                evaluating.Version))));
        var after = await RowAsync(store, year);
        var quarter = await RowAsync(store, ReportingPeriod.Quarter(2026, 2));
        var page = await store.WithAsync<InitiativeQueries, List<InitiativeQueries.TargetRow>>(q => q.TargetsAsync(store.Org.NewCommune, 2026));

        Assert.Null(before.Value);
        Assert.Equal(AttainmentStatus.NoData, before.Attainment.Status);
        Assert.Equal("forbidden", byUnit.Error?.Code);
        Assert.Equal(1m, after.Value);
        Assert.Equal(AttainmentStatus.Met, after.Attainment.Status);
        Assert.Equal(0m, quarter.Value);
        var target = Assert.Single(page);
        Assert.Equal((1, AttainmentStatus.Met), (target.Count, target.Attainment.Status));
        Assert.StartsWith("5/KH-UBND", target.PlanReference, StringComparison.Ordinal);
    }

    private static async Task<BoardRow> RowAsync(RecordStore store, ReportingPeriod period) =>
        (await store.WithAsync<IndicatorQueries, Board?>(q => q.BoardAsync(store.Org.NewCommune, period)))!.Rows
        .Single(r => r.Code == IndicatorCodes.InitiativesRecognised);
}
