using ParPlan.Features.Reports;

namespace ParPlan.Tests.Features.Reports;

/// <summary>A province's Quý III under the Bộ Nội vụ regime consolidates its communes' third-quarter reports, which they
/// write under the commune regime as "9 tháng đầu năm": the same period instance under two regimes.</summary>
public sealed class ReportCrossRegimeConsolidationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_province_s_quarter_three_consolidates_its_communes_accepted_nine_month_reports(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 2, tasksPerCommune: 2);
        var accepted = new List<Guid>();
        foreach (var commune in w.Communes)
        {
            accepted.Add(await w.InScopeAsync(async (_, commands) =>
            {
                var id = (await ResultAssert.Ok(commands.StartAsync(w.OfficerOf(commune), new StartReportRequest(commune, "2026-9M")))).Id;
                var submitted = await ResultAssert.Ok(commands.SubmitAsync(w.OfficerOf(commune), id, new ReportActionRequest(1)));
                await ResultAssert.Ok(commands.AcceptAsync(w.Standing, id, new ReportActionRequest(submitted.Version)));
                return id;
            }));
        }

        // A commune's earlier Quý I report is of another period and never taken for Quý III.
        await w.InScopeAsync(async (_, commands) => await ResultAssert.Ok(commands.StartAsync(w.OfficerOf(w.Communes[0]), new StartReportRequest(w.Communes[0], "2026-Q1"))));
        var report = await w.InScopeAsync(async (queries, commands) =>
        {
            var id = (await ResultAssert.Ok(commands.StartAsync(w.Standing, new StartReportRequest(w.Province, "2026-Q3")))).Id;
            return await ResultAssert.Ok(queries.GetAsync(w.Standing, id));
        });

        Assert.Equal("bnv-581", report.Regime);
        Assert.Equal(accepted, w.Communes.Select(c => report.Children.Single(x => x.UnitId == c).ReportId!.Value));
        Assert.All(w.Communes, c => Assert.Equal("accepted", report.Children.Single(x => x.UnitId == c).Status));
        Assert.Equal("not-started", report.Children.Single(x => x.UnitId == w.Agency).Status);
        Assert.Equal(2, report.Consolidated!.Accepted);
        Assert.Equal(4, report.Consolidated.Tasks.Total);
    }
}
