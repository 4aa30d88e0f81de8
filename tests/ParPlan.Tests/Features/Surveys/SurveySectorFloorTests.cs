using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Features.Indicators;
using ParPlan.Features.Surveys;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Reports;

namespace ParPlan.Tests.Features.Surveys;

/// <summary>The survey's sector floors on the indicator board, on both providers: each sector with a floor shows its
/// index against the floor, a sector below it counts as a missed target with the board's other missed targets and is
/// listed with them; the targets are set all or none, and a stale form is refused with who changed them.</summary>
public sealed class SurveySectorFloorTests
{
    private const string Land = "Đất đai";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Land_at_82_percent_against_its_85_percent_floor_shows_as_missed_on_the_board_and_counts_with_the_missed_targets(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        await database.InScopeAsync(async sp =>
        {
            var commands = sp.GetRequiredService<SurveyCommands>();
            var id = await ResultAssert.Ok(commands.CreateAsync(world.Standing, new CreateSurveyRequest(world.Province, 2026, "Khảo sát 2026")));
            await ResultAssert.Ok(commands.SetTargetsAsync(world.Standing, id, new SurveyTargetsRequest(95m, null,
                [new SectorTargetRequest(Land, 85m), new SectorTargetRequest("Y tế", 85m), new SectorTargetRequest("Giáo dục", 85m)])));

            // Land: 41 of 50 responses satisfied on every element → 82 %. Health: 10 of 10 → 100 %. Education: no response.
            var responses = Enumerable.Range(0, 50).Select(i => Response(Land, i < 41 ? 5 : 2))
                .Concat(Enumerable.Range(0, 10).Select(_ => Response("Y tế", 4))).ToList();
            Assert.Equal(60, (await ResultAssert.Ok(commands.AddResponsesAsync(world.Standing, id, responses))).Imported);
            return id;
        });

        var board = (await database.InScopeAsync(sp => sp.GetRequiredService<IndicatorQueries>().BoardAsync(world.Province, ReportingPeriod.ForYear(2026))))!;
        var quarter = (await database.InScopeAsync(sp => sp.GetRequiredService<IndicatorQueries>().BoardAsync(world.Province, ReportingPeriod.Quarter(2026, 1))))!;

        var land = Assert.Single(board.SectorFloors, f => f.Sector == Land);
        Assert.Equal((82m, 85m, 50, AttainmentStatus.Missed), (land.Index, land.Floor, land.Responses, land.Status));
        Assert.Equal((100m, AttainmentStatus.Met), board.SectorFloors.Single(f => f.Sector == "Y tế") is var h ? (h.Index, h.Status) : default);
        Assert.Equal((null, AttainmentStatus.NoData), board.SectorFloors.Single(f => f.Sector == "Giáo dục") is var e ? (e.Index, e.Status) : default);
        Assert.Contains("Khảo sát 2026", land.Source, StringComparison.Ordinal);

        // The board's count of missed targets is its rows' plus the sector's, and its list names each of them.
        var missedRows = board.Rows.Where(r => r.Target is not null && r.Attainment.Status == AttainmentStatus.Missed).Select(r => r.Name).ToList();
        Assert.Equal(missedRows.Count + 1, board.Count(AttainmentStatus.Missed));
        Assert.Equal([.. missedRows, "Mức độ hài lòng lĩnh vực Đất đai (mức sàn)"], board.Named(AttainmentStatus.Missed));
        Assert.Equal(board.Targets.Count, Enum.GetValues<AttainmentStatus>().Sum(board.Count));
        Assert.Contains("1 đạt", BoardFormat.Tally(board) , StringComparison.Ordinal);

        // The overall target set with the floors is the board's target of the survey index (85 % overall < 95 %).
        var index = board.Rows.Single(r => r.Code == IndicatorCodes.SurveySatisfactionIndex);
        Assert.Equal((85m, 95m), (index.Value, index.Target?.Value));
        Assert.Empty(quarter.SectorFloors);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_targets_form_is_refused_with_who_changed_them_and_a_bad_floor_sets_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        var id = await database.InScopeAsync(sp => ResultAssert.Ok(sp.GetRequiredService<SurveyCommands>()
            .CreateAsync(world.Standing, new CreateSurveyRequest(world.Province, 2026, "Khảo sát 2026"))));
        Task<Result<int>> SetAsync(SurveyTargetsRequest request) =>
            database.InScopeAsync(sp => sp.GetRequiredService<SurveyCommands>().SetTargetsAsync(world.Standing, id, request));

        // Two officers open the form (nothing set: versions 0); the first saves, the second's save is stale.
        var first = await SetAsync(new SurveyTargetsRequest(95m, 0, [new SectorTargetRequest(Land, 85m, 0)]));
        var second = await SetAsync(new SurveyTargetsRequest(90m, 0, [new SectorTargetRequest(Land, 80m, 0)]));
        var bad = await SetAsync(new SurveyTargetsRequest(120m, null, [new SectorTargetRequest("Y tế", 85m), new SectorTargetRequest(Land, null)]));
        var form = await database.InScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<SurveyQueries>();
            return await queries.TargetsFormAsync((await queries.ReadableAsync(world.Standing, id))!, mayWrite: true);
        });

        Assert.Equal(1, first.Value);
        Assert.Equal("conflict", second.Error?.Code);
        Assert.Matches(@"^Chỉ tiêu hài lòng năm 2026 đã được .+ lúc \d\d/\d\d/\d{4} \d\d:\d\d thay đổi sau khi bạn mở trang\.", second.Error!.Message);
        Assert.Equal("invalid", bad.Error?.Code);
        Assert.Contains("Chỉ tiêu hài lòng chung phải từ 0 đến 100", bad.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("Chỉ tiêu thứ 2: cần lĩnh vực", bad.Error.Message, StringComparison.Ordinal);
        Assert.Equal(95m, form.Overall);
        Assert.True(form.OverallVersion > 0);
        Assert.Equal((85m, 1L), form.Floors.Single(f => f.Sector == Land) is var l ? (l.Value, l.Version) : default);
        Assert.Equal((85m, 0L), form.Floors.Single(f => f.Sector == "Y tế") is var y ? (y.Value, y.Version) : default);
    }

    private static SurveyResponseRequest Response(string sector, int score) =>
        new(sector, null, Enumerable.Range(1, 5).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => score));
}
