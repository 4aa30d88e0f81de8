using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Cascade;
using ParPlan.Features.Cascade;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Plans;

namespace ParPlan.Tests.Features.Cascade;

/// <summary>Obligations from the demo province's issued plan and their statuses on the store's fake clock (1/3/2026).</summary>
public sealed class CascadeObligationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_commune_owes_its_plan_and_its_status_moves_from_pending_through_draft_to_overdue_and_issued_late_on_the_clock(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        var vinhLinh = demo.Units["QT.XA.VINHLINH"];
        var cuaTung = demo.Units["QT.XA.CUATUNG"];

        // The demo's own obligations fell due on 28/02: xã Vĩnh Thủy issued on 20/01, the others are overdue.
        var demoRows = await Obligations(demo);
        Assert.Equal(ObligationStatus.Issued, demoRows.Single(r => r.GovernmentId == demo.Units["QT.XA.VINHTHUY"]).Status);
        Assert.Equal(ObligationStatus.Overdue, demoRows.Single(r => r.GovernmentId == vinhLinh).Status);
        Assert.Equal(1, demoRows.Single(r => r.GovernmentId == vinhLinh).DaysLate);

        var cascaded = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>()
            .CascadeAsync(demo.ProvincePlan, [vinhLinh, cuaTung], new DateOnly(2026, 3, 10)));
        Assert.True(cascaded.IsSuccess, cascaded.Error?.Message);
        Assert.All((await Obligations(demo)).Where(r => r.GovernmentId == vinhLinh || r.GovernmentId == cuaTung),
            r => Assert.Equal(ObligationStatus.Pending, r.Status));

        var child = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<ChildPlanBuilder>()
            .CreateAsync(demo.ProvincePlan, new ChildPlanDraft(vinhLinh)));
        Assert.Equal(ObligationStatus.Draft, (await Obligations(demo)).Single(r => r.GovernmentId == vinhLinh).Status);

        demo.Database.Time.Advance(TimeSpan.FromDays(10)); // 11/3
        Assert.Equal(ObligationStatus.Overdue, (await Obligations(demo)).Single(r => r.GovernmentId == vinhLinh).Status);

        await demo.IssueAsync(child.Value.PlanId, new DateOnly(2026, 3, 12));
        var late = (await Obligations(demo)).Single(r => r.GovernmentId == vinhLinh);
        Assert.Equal((ObligationStatus.IssuedLate, 2, child.Value.PlanId), (late.Status, late.DaysLate, late.ChildPlanId));
        Assert.Equal("issued-late", late.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_issued_by_its_due_date_is_on_time_and_the_due_date_is_proposed_from_the_plans_own_cascade_task(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        var cuaTung = demo.Units["QT.XA.CUATUNG"];

        var proposed = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeQueries>().ProposedDueOnAsync(demo.ProvincePlan));
        Assert.Equal(new DateOnly(2026, 2, 28), proposed);

        await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>().CascadeAsync(demo.ProvincePlan, [cuaTung], new DateOnly(2026, 3, 20)));
        var child = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<ChildPlanBuilder>().CreateAsync(demo.ProvincePlan, new ChildPlanDraft(cuaTung)));
        await demo.IssueAsync(child.Value.PlanId, new DateOnly(2026, 3, 5));

        var row = (await Obligations(demo)).Single(r => r.GovernmentId == cuaTung);
        Assert.Equal((ObligationStatus.Issued, 0), (row.Status, row.DaysLate));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_draft_plan_cannot_be_cascaded_nor_to_a_government_that_is_not_below_it(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        var vinhThuyPlan = await demo.Database.InScopeAsync(sp => sp.Db().Plans.Where(p => p.GovernmentId == demo.Units["QT.XA.VINHTHUY"]).Select(p => p.Id).SingleAsync());

        var sideways = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>()
            .CascadeAsync(vinhThuyPlan, [demo.Units["QT.XA.VINHLINH"]], new DateOnly(2026, 3, 10)));
        var noDate = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>()
            .CascadeAsync(demo.ProvincePlan, [demo.Units["QT.XA.VINHLINH"]], null));

        Assert.Equal("invalid", sideways.Error?.Code);
        Assert.Contains("trực thuộc", sideways.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("hạn ban hành", noDate.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_reminder_job_reminds_the_commune_before_the_date_then_escalates_to_the_provinces_standing_agency(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        var vinhLinh = demo.Units["QT.XA.VINHLINH"];
        await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>().CascadeAsync(demo.ProvincePlan, [vinhLinh], new DateOnly(2026, 3, 4)));

        await demo.Database.InScopeAsync(sp => sp.GetRequiredService<ReminderRunner>().RunOnceAsync());
        demo.Database.Time.Advance(TimeSpan.FromDays(4)); // 5/3: one day late
        await demo.Database.InScopeAsync(sp => sp.GetRequiredService<ReminderRunner>().RunOnceAsync());
        var again = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<ReminderRunner>().RunOnceAsync());

        var notes = await demo.Database.InScopeAsync(sp => sp.Db().Set<Notification>().AsNoTracking().Where(n => n.DedupKey.StartsWith("cascade:")).ToListAsync());
        var commune = notes.Where(n => n.UnitId == demo.Units["QT.XA.VINHLINH.VHXH"]).Select(n => n.Text).ToList();
        Assert.Contains(commune, t => t.Contains("còn 3 ngày", StringComparison.Ordinal));
        Assert.Contains(commune, t => t.StartsWith("Quá hạn ban hành kế hoạch", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.UnitId == demo.Units["QT.SNV"] && n.Text.Contains("UBND xã Vĩnh Linh chưa ban hành", StringComparison.Ordinal));
        Assert.Equal(0, again);
    }

    private static Task<IReadOnlyList<ObligationRow>> Obligations(DemoProvince demo) =>
        demo.Database.InScopeAsync(async sp => (await sp.GetRequiredService<CascadeQueries>().ObligationsAsync(demo.ProvincePlan))!);
}
