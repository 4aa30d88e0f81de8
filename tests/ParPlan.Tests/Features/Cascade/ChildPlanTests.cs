using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Tests;
using ParPlan.Features.Cascade;
using ParPlan.Features.Plans;

namespace ParPlan.Tests.Features.Cascade;

/// <summary>A child plan from the demo province's plan, and an imported child plan linked afterwards.</summary>
public sealed class ChildPlanTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Xa_vinh_linhs_plan_from_the_provinces_takes_the_tasks_that_name_it_with_its_own_units_and_the_parent_task(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        var u = demo.Units;

        var created = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<ChildPlanBuilder>()
            .CreateAsync(demo.ProvincePlan, new ChildPlanDraft(u["QT.XA.VINHLINH"], ShiftDays: 5)));

        Assert.True(created.IsSuccess, created.Error?.Message);
        var (planId, count) = created.Value;
        Assert.Equal(3, count);
        await demo.Database.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var plan = await db.Plans.SingleAsync(p => p.Id == planId);
            Assert.Equal((PlanStatus.Draft, demo.ProvincePlan, u["QT.XA.VINHLINH"]), (plan.Status, plan.ParentPlanId, plan.GovernmentId));
            Assert.Contains("15/KH-UBND", plan.ParentPlanReference, StringComparison.Ordinal);
            var tasks = await db.PlanTasks.Where(t => t.PlanId == planId).OrderBy(t => t.Order).ToListAsync();
            Assert.Equal(["1.4", "3.3", "7.2"], tasks.Select(t => t.Ref));
            var parents = await db.PlanTasks.Where(t => t.PlanId == demo.ProvincePlan).ToDictionaryAsync(t => t.Ref);
            Assert.All(tasks, t => Assert.Equal(parents[t.Ref].Id, t.ParentTaskId));
            Assert.Equal(new DateOnly(2026, 2, 23), tasks[0].DueDate);
            Assert.Equal("Trước ngày 23/02/2026", tasks[0].ScheduleText);
            var ids = tasks.Select(t => t.Id).ToList();
            var roles = await db.TaskAssignments.Where(a => ids.Contains(a.TaskId)).Select(a => new { a.TaskId, a.UnitId, a.Role }).ToListAsync();
            string[] Of(int i) => roles.Where(r => r.TaskId == tasks[i].Id).OrderBy(r => r.Role).ThenBy(r => r.UnitId)
                .Select(r => $"{r.Role}:{u.First(x => x.Value == r.UnitId).Key}").Order(StringComparer.Ordinal).ToArray();
            // UBND xã and Sở Nội vụ → the commune's standing agency; the province's one-stop centre → the commune's.
            Assert.Equal(["Lead:QT.XA.VINHLINH.VHXH"], Of(0));
            Assert.Equal(["Lead:QT.XA.VINHLINH.VHXH", "Support:QT.XA.VINHLINH.HCC"], Of(1));
            Assert.Equal(["Lead:QT.XA.VINHLINH.HCC"], Of(2));
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unit_mapping_the_commune_chooses_is_remembered_for_its_next_child_plan(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        var u = demo.Units;
        var draft = new ChildPlanDraft(u["QT.XA.VINHLINH"], 0, new Dictionary<Guid, Guid> { [u["QT.SNV"]] = u["QT.XA.VINHLINH.VP"] });

        await demo.Database.InScopeAsync(sp => sp.GetRequiredService<ChildPlanBuilder>().CreateAsync(demo.ProvincePlan, draft));
        var next = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<ChildPlanBuilder>().MappingAsync(demo.ProvincePlan, u["QT.XA.VINHLINH"]));

        var row = next.Value!.Single(r => r.ParentUnitId == u["QT.SNV"]);
        Assert.Equal((u["QT.XA.VINHLINH.VP"], true), (row.ChildUnitId, row.Remembered));
        Assert.DoesNotContain(next.Value!, r => r.ParentUnitId == u["QT.XA.VINHTHUY"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_d2_imported_for_xa_vinh_linh_cites_the_provinces_number_and_its_tasks_are_proposed_the_parent_tasks_they_carry_out(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        await demo.Database.InScopeAsync(async sp =>
        {
            var plan = await sp.Db().Plans.SingleAsync(p => p.Id == demo.ProvincePlan);
            plan.Number = "3300/QĐ-UBND"; // the number D2 cites ("Quyết định số 3300/QĐ-UBND ngày 25/12/2025")
            await sp.Db().SaveChangesAsync();
        });
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Seeds, "002_82c4b63d1339515c.txt"));
        var imported = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<PlanImporter>().ImportAsync(bytes, "d2.txt", demo.Units["QT.XA.VINHLINH"]));
        var childId = imported.Value!.PlanId;

        var parents = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeQueries>().ParentProposalsAsync(childId));
        Assert.Equal([demo.ProvincePlan], parents.Select(p => p.Id));
        Assert.True((await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>().LinkParentAsync(childId, demo.ProvincePlan))).IsSuccess);

        var proposals = (await demo.Database.InScopeAsync(sp => sp.GetRequiredService<LinkProposals>().ProposeAsync(childId))).Value!;
        Assert.Contains(proposals, p => (p.TaskRef, p.ParentRef) == ("1.4", "1.2")); // kiểm tra công tác CCHC
        Assert.Contains(proposals, p => (p.TaskRef, p.ParentRef) == ("3.4", "3.2")); // không phụ thuộc địa giới hành chính
        Assert.All(proposals, p => Assert.Equal(p.TaskRef[0], p.ParentRef[0]));

        var confirmed = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<LinkProposals>()
            .ConfirmAsync(childId, proposals.Select(p => new TaskLink(p.TaskId, p.ParentTaskId)).ToList()));
        Assert.Equal(proposals.Count, confirmed.Value);
        var linked = await demo.Database.InScopeAsync(sp => sp.Db().PlanTasks.CountAsync(t => t.PlanId == childId && t.ParentTaskId != null));
        Assert.Equal(proposals.Count, linked);
    }
}
