using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;
using ParPlan.Data;
using ParPlan.Features.Indicators;
using ParPlan.Features.Plans;
using ParPlan.Features.Records;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Reports;

namespace ParPlan.Tests.Features.Records;

/// <summary>The feedback log feeds the plan's complaints target, on both providers: the on-time handling rate of the
/// year's feedback is the government's yearly actual of <c>civil-service.complaints-handled-rate</c>, with the log named
/// as its source, refreshed as feedback is logged and its outcome recorded, and the board rates the plan's 70% target
/// against it.</summary>
public sealed class FeedbackIndicatorFeedTests
{
    private const string Target = "Tỷ lệ đơn thư, phản ánh, kiến nghị được xem xét, xử lý đạt từ 70% trở lên";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_on_time_rate_of_a_hand_computed_log_becomes_the_complaints_actual_and_the_plan_target_reads_missed_then_met(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await ReportWorld.BuildAsync(database, communes: 1, tasksPerCommune: 1);
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var plan = await db.Plans.SingleAsync(p => p.GovernmentId == world.Province);
            plan.PeriodFrom = new DateOnly(2025, 1, 1);
            db.PlanTargets.Add(new ParPlan.Features.Plans.PlanTarget
            {
                PlanId = plan.Id, Order = 1, AreaCode = "civil-service", Text = Target, Comparator = ">=", Value = 70, Unit = "%",
                IndicatorCode = IndicatorCodes.ComplaintsHandledRate, IndicatorLink = IndicatorLinkStatus.Confirmed,
            });
            await db.SaveChangesAsync();
        });

        // 2025's log: 5 within competence (one outside). On time: PA-01 (before due), PA-02 (on the due day), PA-06 (resolved
        // in 2026, on its due day); PA-03 resolved late, PA-04 still open → 3/5 = 60 %.
        await LogAsync(database, world, "PA-01", new(2025, 3, 1), new(2025, 3, 15), new(2025, 3, 10));
        await LogAsync(database, world, "PA-02", new(2025, 4, 1), new(2025, 4, 15), new(2025, 4, 15));
        await LogAsync(database, world, "PA-03", new(2025, 5, 1), new(2025, 5, 15), new(2025, 5, 20));
        await LogAsync(database, world, "PA-04", new(2025, 6, 1), new(2025, 6, 15), null);
        await LogAsync(database, world, "PA-05", new(2025, 7, 1), new(2025, 7, 15), new(2025, 8, 30), withinCompetence: false);
        await LogAsync(database, world, "PA-06", new(2025, 12, 20), new(2026, 1, 5), new(2026, 1, 5));
        var missed = await RowAsync(database, world.Province);

        // Two more handled on time: 5/7 = 71,43 % ≥ 70 %.
        await LogAsync(database, world, "PA-07", new(2025, 8, 1), new(2025, 8, 10), new(2025, 8, 5));
        await LogAsync(database, world, "PA-08", new(2025, 9, 1), new(2025, 9, 10), new(2025, 9, 10));
        var met = await RowAsync(database, world.Province);

        Assert.Equal((60m, AttainmentStatus.Missed), (missed.Value, missed.Attainment.Status));
        Assert.Equal(70m, missed.Target?.Value);
        Assert.Equal("Tính từ sổ theo dõi phản ánh, kiến nghị: 3/5 phản ánh, kiến nghị xử lý đúng hạn", missed.ActualNote);
        Assert.Equal((71.43m, AttainmentStatus.Met), (met.Value, met.Attainment.Status));
        Assert.Contains("5/7", met.ActualNote, StringComparison.Ordinal);
    }

    private static async Task LogAsync(TestDatabase database, ReportWorld world, string number, DateOnly received, DateOnly due, DateOnly? resolved,
        bool withinCompetence = true)
    {
        var entry = await database.InScopeAsync(sp => ResultAssert.Ok(sp.GetRequiredService<FeedbackCommands>().LogAsync(world.Standing,
            new FeedbackCommands.FeedbackRequest(world.Province, number, "duong-day-nong", "Đường dây nóng 1022", received, "Phản ánh chậm trả kết quả",
                world.Communes[0], due, withinCompetence))));
        if (resolved is { } day)
        {
            await database.InScopeAsync(sp => ResultAssert.Ok(sp.GetRequiredService<FeedbackCommands>().OutcomeAsync(world.Standing, entry.Id,
                new FeedbackCommands.OutcomeRequest("Đã xử lý, trả lời công dân.", day, true, null, entry.Version))));
        }
    }

    private static Task<BoardRow> RowAsync(TestDatabase database, Guid province) => database.InScopeAsync(async sp =>
        (await sp.GetRequiredService<IndicatorQueries>().BoardAsync(province, ReportingPeriod.ForYear(2025)))!.Rows.Single(r => r.Code == IndicatorCodes.ComplaintsHandledRate));
}
