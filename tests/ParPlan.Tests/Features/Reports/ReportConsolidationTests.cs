using ParPlan.Features.Reports;
using ParPlan.Infrastructure;

namespace ParPlan.Tests.Features.Reports;

/// <summary>A government's report over its children's accepted reports, on both providers, through the real services.</summary>
public sealed class ReportConsolidationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_province_report_sums_its_childrens_frozen_figures_and_recomputes_rates_from_numerators_and_denominators(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 2, tasksPerCommune: 3, indicators: [(9, 10), (1, 90)]);
        foreach (var commune in w.Communes)
        {
            await w.AcceptedReportAsync(commune);
        }

        var view = await w.InScopeAsync(async (queries, commands) =>
        {
            var id = (await ResultAssert.Ok(commands.StartAsync(w.Standing, new StartReportRequest(w.Province, ReportWorld.Period)))).Id;
            return await ResultAssert.Ok(queries.GetAsync(w.Standing, id));
        });

        var sum = view.Consolidated!;
        Assert.Equal(6, sum.Tasks.Total);
        Assert.Equal(2, sum.Tasks.Done);
        Assert.Equal(4, sum.Tasks.Overdue);
        var rate = sum.Indicators.Single(i => i.Code == ParPlan.Core.Indicators.IndicatorCodes.OnTimeRate);
        Assert.Equal((10, 100), (rate.Numerator, rate.Denominator));
        Assert.Equal(10m, rate.Value);
        Assert.Equal(2, sum.Accepted);
        Assert.Equal(1, sum.Pending);
        Assert.All(view.Children.Where(c => c.UnitId != w.Agency), c =>
        {
            Assert.Equal("accepted", c.Status);
            Assert.Equal("canbo." + c.UnitId.ToString("N")[..6], c.SubmittedBy);
            Assert.Equal(3, c.Tasks!.Total);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_government_report_cannot_be_submitted_until_every_child_is_accepted_or_waived_with_a_reason(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 2, tasksPerCommune: 1);
        await w.AcceptedReportAsync(w.Communes[0]);

        var (blocked, noReason, stillBlocked, submitted, view) = await w.InScopeAsync(async (queries, commands) =>
        {
            var id = (await ResultAssert.Ok(commands.StartAsync(w.Standing, new StartReportRequest(w.Province, ReportWorld.Period)))).Id;
            var blocked = await commands.SubmitAsync(w.Standing, id, new ReportActionRequest(1));
            var noReason = await commands.WaiveAsync(w.Standing, id, new WaiveChildRequest(w.Agency, " "));
            await ResultAssert.Ok(commands.WaiveAsync(w.Standing, id, new WaiveChildRequest(w.Agency, "Sở đã báo cáo chung với Văn phòng")));
            var stillBlocked = await commands.SubmitAsync(w.Standing, id, new ReportActionRequest(2));
            var state = await ResultAssert.Ok(commands.WaiveAsync(w.Standing, id, new WaiveChildRequest(w.Communes[1], "Xã mới sáp nhập, chưa có số liệu")));
            var submitted = await commands.SubmitAsync(w.Standing, id, new ReportActionRequest(state.Version));
            return (blocked, noReason, stillBlocked, submitted, await ResultAssert.Ok(queries.GetAsync(w.Standing, id)));
        });

        Assert.Equal(409, Problems.StatusOf(blocked.Error!));
        Assert.Contains("Sở Nội vụ", blocked.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("UBND xã Thử 002", blocked.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("UBND xã Thử 001", blocked.Error.Message, StringComparison.Ordinal);
        Assert.Equal(400, Problems.StatusOf(noReason.Error!));
        Assert.Equal(409, Problems.StatusOf(stillBlocked.Error!));
        Assert.True(submitted.IsSuccess, submitted.Error?.Message);
        Assert.Equal("submitted", view.Status);
        Assert.NotNull(view.AsOf);
        Assert.Equal("Xã mới sáp nhập, chưa có số liệu", view.Children.Single(c => c.UnitId == w.Communes[1]).WaiverReason);
        Assert.Equal(1, view.Consolidated!.Tasks.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Un_accepting_needs_a_reason_and_the_accepting_levels_rights_and_sends_the_report_back_to_review(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var w = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        var id = await w.AcceptedReportAsync(w.Communes[0]);

        var (byOfficer, noReason, done, view) = await w.InScopeAsync(async (queries, commands) =>
        {
            var version = (await ResultAssert.Ok(queries.GetAsync(w.Standing, id))).Version;
            var byOfficer = await commands.UnacceptAsync(w.OfficerOf(w.Communes[0]), id, new ReportActionRequest(version, "Tự hủy"));
            var noReason = await commands.UnacceptAsync(w.Standing, id, new ReportActionRequest(version));
            var done = await commands.UnacceptAsync(w.Standing, id, new ReportActionRequest(version, "Số liệu hồ sơ nhập lại sau rà soát"));
            return (byOfficer, noReason, done, await ResultAssert.Ok(queries.GetAsync(w.Standing, id)));
        });

        Assert.Equal(403, Problems.StatusOf(byOfficer.Error!));
        Assert.Equal(400, Problems.StatusOf(noReason.Error!));
        Assert.True(done.IsSuccess, done.Error?.Message);
        Assert.Equal("submitted", view.Status);
        Assert.Null(view.AcceptedBy);
        Assert.True(view.Can.Review);
    }
}
