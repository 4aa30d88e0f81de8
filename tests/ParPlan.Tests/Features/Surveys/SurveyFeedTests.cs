using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Core.Surveys;
using ParPlan.Data;
using ParPlan.Features.Indicators;
using ParPlan.Features.Plans;
using ParPlan.Features.Reports;
using ParPlan.Features.Surveys;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Reports;

namespace ParPlan.Tests.Features.Surveys;

/// <summary>The survey index feeds the rest, on both providers: the board's actual of <c>survey.sipas-index</c> for the
/// government's year (its latest campaign with responses, named as the source), which the yearly report states against
/// the plan's linked target; the dossier ratings stay a separate figure; the file import stores all rows or none.</summary>
public sealed class SurveyFeedTests
{
    private const string Target = "Chỉ số hài lòng của người dân, tổ chức theo khảo sát SIPAS đạt từ 90% trở lên";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_survey_index_reaches_the_board_and_the_yearly_report_states_it_against_the_linked_target(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await ReportWorld.BuildAsync(database, communes: 2, tasksPerCommune: 1);
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var plan = await db.Plans.Where(p => p.GovernmentId == world.Province).Select(p => p.Id).SingleAsync();
            db.PlanTargets.Add(new PlanTarget
            {
                PlanId = plan, Order = 1, AreaCode = "procedures", Text = Target, Comparator = ">=", Value = 90, Unit = "%",
                IndicatorCode = IndicatorCodes.SurveySatisfactionIndex, IndicatorLink = IndicatorLinkStatus.Confirmed,
            });
            await db.SaveChangesAsync();
        });

        // 3 responses: element 1 → 2 of 3 satisfied (66,67), elements 2–5 all satisfied → mean 93,33.
        var id = await database.InScopeAsync(async sp =>
        {
            var commands = sp.GetRequiredService<SurveyCommands>();
            var created = await ResultAssert.Ok(commands.CreateAsync(world.Standing, new CreateSurveyRequest(world.Province, 2026, "Khảo sát 2026")));
            var answers = new[] { 5, 4, 2 }.Select(first => new SurveyResponseRequest("Tư pháp", world.Communes[0],
                new Dictionary<string, int> { ["1"] = first, ["2"] = 5, ["3"] = 5, ["4"] = 4, ["5"] = 4 })).ToList();
            var outcome = await ResultAssert.Ok(commands.AddResponsesAsync(world.Standing, created, answers));
            Assert.Equal(3, outcome.Imported);
            return created;
        });
        var row = await database.InScopeAsync(async sp => (await sp.GetRequiredService<IndicatorQueries>().BoardAsync(world.Province, ReportingPeriod.ForYear(2026)))!
            .Rows.Single(r => r.Code == IndicatorCodes.SurveySatisfactionIndex));
        var report = await database.InScopeAsync(async sp =>
        {
            var started = await ResultAssert.Ok(sp.GetRequiredService<ReportCommands>().StartAsync(world.Standing, new StartReportRequest(world.Province, "2026")));
            return await ResultAssert.Ok(sp.GetRequiredService<ReportQueries>().GetAsync(world.Standing, started.Id));
        });

        Assert.Equal(93.33m, row.Value);
        Assert.Contains("Khảo sát SIPAS «Khảo sát 2026», 3 phiếu", row.ActualNote, StringComparison.Ordinal);
        Assert.Equal(AttainmentStatus.Met, row.Attainment.Status);
        var stated = Assert.Single(report.Figures.Targets, t => t.Text == Target);
        Assert.Equal(93.33m, stated.Actual);
        Assert.DoesNotContain(report.Figures.Indicators, i => i.Code == IndicatorCodes.SurveySatisfactionIndex);
        Assert.NotEqual(Guid.Empty, id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_with_one_bad_row_among_two_thousand_stores_nothing_and_the_fixed_file_stores_all(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        var id = await database.InScopeAsync(sp => ResultAssert.Ok(sp.GetRequiredService<SurveyCommands>()
            .CreateAsync(world.Standing, new CreateSurveyRequest(world.Province, 2026, "Khảo sát 2026"))));
        string File(string badScore) => "Lĩnh vực,Câu 1,Câu 2,Câu 3,Câu 4,Câu 5\n"
            + string.Concat(Enumerable.Range(0, 2000).Select(i => $"Đất đai,{(i == 1999 ? badScore : "5")},4,3,2,1\n"));
        var mapping = new SurveyFileMapping(0, null, Enumerable.Range(1, 5).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), i => i));

        async Task<Result<int>> ImportAsync(string csv) => await database.InScopeAsync(async sp =>
        {
            var step = sp.GetRequiredService<SurveyImportStep>();
            var upload = await ResultAssert.Ok(step.UploadAsync(world.Standing, id, "phieu.csv", System.Text.Encoding.UTF8.GetBytes(csv)));
            return await step.ImportAsync(world.Standing, id, upload, mapping);
        });
        var refused = await ImportAsync(File("9"));
        var afterRefusal = await CountAsync(database, id);
        var accepted = await ImportAsync(File("4"));
        var results = await database.InScopeAsync(sp => sp.GetRequiredService<SurveyQueries>().ResultsAsync(world.Standing, id));

        Assert.Contains("1 dòng có lỗi", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, afterRefusal);
        Assert.Equal(2000, accepted.Value);
        Assert.Equal(2000, await CountAsync(database, id));
        // Element 1: 2.000 satisfied; 2: 2.000; 3, 4, 5: none → 100, 100, 0, 0, 0; overall 40.
        Assert.Equal([100m, 100m, 0m, 0m, 0m], results!.Result.Elements.Select(e => e.Index));
        Assert.Equal(40m, results.Result.Overall);
    }

    private static Task<int> CountAsync(TestDatabase database, Guid id) =>
        database.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<SurveyResponse>().CountAsync(r => r.CampaignId == id));
}
