using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Cascade;
using ParPlan.Features.Audit;
using ParPlan.Features.Cascade;

namespace ParPlan.Tests.Features.Cascade;

/// <summary>Waivers of the coverage matrix: a parent task marked not applicable to one commune with a reason, and undone.</summary>
public sealed class WaiverTests
{
    private const string Reason = "Xã chưa có Trung tâm Phục vụ hành chính công";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_parent_task_marked_not_applicable_to_a_commune_leaves_its_roll_up_and_comes_back_when_undone_both_audited(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        var benQuan = demo.Units["QT.XA.BENQUAN"];
        var t33 = await demo.TaskAsync(demo.ProvincePlan, "3.3");
        using var actor = AuditActor.Begin("thuongtruc.tinh");

        var waived = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>().WaiveAsync(demo.ProvincePlan, t33, benQuan, Reason));
        Assert.True(waived.IsSuccess, waived.Error?.Message);
        var (cell, applicable) = await CellAsync(demo, t33, benQuan);
        Assert.Equal((CoverageState.NotApplicable, Reason, 4), (cell.State, cell.Reason, applicable));
        var listed = Assert.Single(await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeQueries>().WaiversAsync(demo.ProvincePlan)));
        Assert.Equal(("3.3", "UBND xã Bến Quan", Reason, "thuongtruc.tinh"), (listed.TaskRef, listed.GovernmentName, listed.Reason, listed.CreatedBy));

        var undone = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>().UnwaiveAsync(demo.ProvincePlan, t33, benQuan));
        var again = await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>().UnwaiveAsync(demo.ProvincePlan, t33, benQuan));

        Assert.True(undone.IsSuccess, undone.Error?.Message);
        Assert.Equal("not-found", again.Error?.Code);
        var (after, applicableAfter) = await CellAsync(demo, t33, benQuan);
        Assert.Equal((CoverageState.NotCovered, 5), (after.State, applicableAfter));
        var audit = await demo.Database.InScopeAsync(sp => sp.Db().Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == nameof(CoverageWaiverEntry)).Select(a => new { a.Action, a.UserName }).ToListAsync());
        Assert.Equal([(AuditAction.Added, "thuongtruc.tinh"), (AuditAction.Deleted, "thuongtruc.tinh")],
            audit.Select(a => (a.Action, a.UserName)).OrderBy(a => a.Action));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_waiver_needs_a_reason_and_a_government_directly_below_the_plan(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        var t33 = await demo.TaskAsync(demo.ProvincePlan, "3.3");
        Task<Result<Guid>> Waive(Guid government, string? reason) =>
            demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeCommands>().WaiveAsync(demo.ProvincePlan, t33, government, reason));

        var department = await Waive(demo.Units["QT.SNV"], Reason);
        var unknown = await Waive(Guid.NewGuid(), Reason);
        var blank = await Waive(demo.Units["QT.XA.BENQUAN"], "  ");

        Assert.Equal(("invalid", "invalid", "invalid"), (department.Error?.Code, unknown.Error?.Code, blank.Error?.Code));
        Assert.Contains("trực thuộc", department.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("lý do", blank.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, await demo.Database.InScopeAsync(sp => sp.Db().Set<CoverageWaiverEntry>().CountAsync()));
    }

    private static async Task<(CoverageCell Cell, int Applicable)> CellAsync(DemoProvince demo, Guid task, Guid government)
    {
        var view = (await demo.Database.InScopeAsync(sp => sp.GetRequiredService<CascadeQueries>().CoverageAsync(demo.ProvincePlan)))!;
        var t = view.Plan.Tasks.Select((x, i) => (x, i)).Single(x => x.x.Id == task).i;
        var g = view.Matrix.Governments.ToList().IndexOf(government);
        return (view.Matrix.Cells[t, g], view.Matrix.ForTask(t).Applicable);
    }
}
