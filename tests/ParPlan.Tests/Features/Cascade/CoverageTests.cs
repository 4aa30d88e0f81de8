using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Cascade;
using ParPlan.Features.Cascade;
using ParPlan.Features.Plans;

namespace ParPlan.Tests.Features.Cascade;

/// <summary>The coverage matrix and roll-up of the demo province's plan.</summary>
public sealed class CoverageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Linked_child_tasks_cover_their_parent_task_and_its_progress_rolls_up_as_the_share_of_communes_done(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        var u = demo.Units;
        var child = (await demo.Database.InScopeAsync(sp => sp.GetRequiredService<ChildPlanBuilder>()
            .CreateAsync(demo.ProvincePlan, new ChildPlanDraft(u["QT.XA.VINHLINH"])))).Value.PlanId;
        var t33 = await demo.TaskAsync(demo.ProvincePlan, "3.3");
        var waived = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>()
            .WaiveAsync(demo.ProvincePlan, t33, u["QT.XA.BENQUAN"], "Xã chưa có Trung tâm Phục vụ hành chính công"));
        Assert.True(waived.IsSuccess);

        var view = (await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeQueries>().CoverageAsync(demo.ProvincePlan)))!;

        var m = view.Matrix;
        int Task(string r) => view.Plan.Tasks.Select((t, i) => (t, i)).Single(x => x.t.Ref == r).i;
        int Gov(string code) => m.Governments.ToList().IndexOf(u[code]);
        Assert.Equal(5, m.Governments.Count);
        // 1.4: every commune; xã Vĩnh Thủy's issued plan carries it out and is done, xã Vĩnh Linh's draft covers it.
        Assert.Equal((5, 2, 1, 20m), m.ForTask(Task("1.4")));
        Assert.Equal((CoverageState.Covered, true), (m.Cells[Task("1.4"), Gov("QT.XA.VINHTHUY")].State, m.Cells[Task("1.4"), Gov("QT.XA.VINHTHUY")].Done));
        Assert.Equal(CoverageState.NotCovered, m.Cells[Task("1.4"), Gov("QT.XA.CUATUNG")].State);
        Assert.Equal("Xã chưa có Trung tâm Phục vụ hành chính công", m.Cells[Task("3.3"), Gov("QT.XA.BENQUAN")].Reason);
        Assert.Equal((4, 1, 0, 0m), m.ForTask(Task("3.3")));
        Assert.Equal(CoverageMatrix.NotAssigned, m.Cells[Task("7.2"), Gov("QT.XA.VINHTHUY")].Reason);
        Assert.Null(m.ForTask(Task("2.1")).Share);

        await demo.Database.InScopeAsync(async sp =>
        {
            var task = await sp.Db().PlanTasks.SingleAsync(t => t.PlanId == child && t.Ref == "1.4");
            task.Status = PlanTaskStatus.Done;
            await sp.Db().SaveChangesAsync();
        });
        var after = (await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeQueries>().CoverageAsync(demo.ProvincePlan)))!.Matrix;
        Assert.Equal(40m, after.ForTask(Task("1.4")).Share);
        Assert.Contains(after.ByArea(), a => a.Area == "direction" && a.Done == 2);
    }
}
