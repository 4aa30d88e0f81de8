using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Cascade;
using ParPlan.Features.Plans;

namespace ParPlan.Tests.Features.Cascade;

/// <summary>The parent's dashboard figures: coverage and roll-up per area, and how the communes issued their plans.</summary>
public sealed class CascadeDashboardTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_provinces_dashboard_gives_coverage_and_roll_up_per_area_and_how_its_communes_issued_their_plans(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);

        // 1/3/2026: the five communes owed their plans by 28/02; xã Vĩnh Thủy's (issued 20/01) carries out 1.4 and is done.
        var before = Assert.Single(await DashboardAsync(demo, demo.Units["QT"]));
        Assert.Equal((demo.ProvincePlan, 5, 5, 1, 0, 4), (before.PlanId, before.Governments, before.Owed, before.IssuedOnTime, before.IssuedLate, before.Overdue));
        Assert.Equal(
            [new AreaCoverage("direction", 5, 1, 1), new AreaCoverage("procedures", 5, 0, 0), new AreaCoverage("digital-government", 1, 0, 0)],
            before.Areas);

        // xã Vĩnh Linh builds its plan from the province's (1.4, 3.3, 7.2), finishes its 1.4 and issues it late.
        var child = (await demo.Database.InScopeAsync(sp => sp.GetRequiredService<ChildPlanBuilder>()
            .CreateAsync(demo.ProvincePlan, new ChildPlanDraft(demo.Units["QT.XA.VINHLINH"])))).Value.PlanId;
        await demo.Database.InScopeAsync(async sp =>
        {
            var task = await sp.Db().PlanTasks.SingleAsync(t => t.PlanId == child && t.Ref == "1.4");
            task.Status = PlanTaskStatus.Done;
            await sp.Db().SaveChangesAsync();
        });
        await demo.IssueAsync(child, new DateOnly(2026, 3, 1));

        var after = Assert.Single(await DashboardAsync(demo, demo.Units["QT"]));
        Assert.Equal((1, 1, 3), (after.IssuedOnTime, after.IssuedLate, after.Overdue));
        Assert.Equal(
            [new AreaCoverage("direction", 5, 2, 2), new AreaCoverage("procedures", 5, 1, 0), new AreaCoverage("digital-government", 1, 1, 0)],
            after.Areas);

        // A commune's plans concern no government below it: its dashboard has nothing to show.
        Assert.Empty(await DashboardAsync(demo, demo.Units["QT.XA.VINHTHUY"]));
    }

    private static Task<IReadOnlyList<PlanCoverageSummary>> DashboardAsync(DemoProvince demo, Guid government) =>
        demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeQueries>().DashboardAsync(government));
}
