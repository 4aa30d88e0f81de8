using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Indicators;
using ParPlan.Core.Inspections;
using ParPlan.Features.Audit;
using ParPlan.Features.Indicators;
using ParPlan.Features.Inspections;
using ParPlan.Features.Plans;
using ParPlan.Tests.Features.Cascade;

namespace ParPlan.Tests.Features.Inspections;

/// <summary>Inspections of the demo province on both providers, on the store's fake clock (1/3/2026).</summary>
public sealed class InspectionDataTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_planned_inspection_takes_the_plans_target_counts_the_provinces_units_and_each_finding_becomes_the_inspected_units_task(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        using var actor = AuditActor.Begin("test");
        await demo.Database.InScopeAsync(async sp =>
        {
            sp.Db().Add(new PlanTarget { PlanId = demo.ProvincePlan, Order = 99, Text = "Đảm bảo kiểm tra ít nhất 20% số cơ quan, đơn vị trên địa bàn tỉnh", Comparator = ">=", Value = 20, Unit = "%" });
            await sp.Db().SaveChangesAsync();
        });
        var (vinhThuy, justice) = (demo.Units["QT.XA.VINHTHUY"], demo.Units["QT.STP"]);

        var id = Ok(await Commands(demo, c => c.CreateAsync(new CreateInspectionRequest(demo.Units["QT"], 2026, "Kiểm tra công tác CCHC năm 2026", null))));
        var communeVisit = Ok(await Commands(demo, c => c.AddVisitAsync(id, new VisitRequest(vinhThuy, new DateOnly(2026, 2, 20), ["cchc", "Văn bản quy phạm pháp luật"]))));
        var agencyVisit = Ok(await Commands(demo, c => c.AddVisitAsync(id, new VisitRequest(justice, new DateOnly(2026, 2, 25), ["tthc"]))));
        var communeFinding = Ok(await Commands(demo, c => c.AddFindingAsync(communeVisit, new FindingRequest("Chưa công khai đủ thủ tục hành chính", new DateOnly(2026, 3, 10)))));
        var agencyFinding = Ok(await Commands(demo, c => c.AddFindingAsync(agencyVisit, new FindingRequest("Chưa rà soát văn bản hết hiệu lực", new DateOnly(2026, 3, 31)))));
        var view = await View(demo, id);

        Assert.Equal(20m, view.Coverage.Target);
        Assert.Contains("15/KH-UBND", view.TargetSource, StringComparison.Ordinal);
        Assert.Contains(view.Units, u => u.UnitId == demo.Units["QT.XA.VINHLINH"] && u.InDenominator);
        Assert.DoesNotContain(view.Units, u => u.UnitId == demo.Units["QT.HDND"]);
        Assert.Equal((9, 2), (view.Coverage.Units, view.Coverage.Inspected)); // 4 agencies and 5 communes in 2026
        Assert.Equal(22.2m, view.Coverage.Rate);
        Assert.Equal(["cchc", "legal-documents"], view.Visits.Single(v => v.Id == communeVisit).Topics);
        await demo.Database.InScopeAsync(async sp =>
        {
            var tasks = await sp.Db().PlanTasks.AsNoTracking().Where(t => t.Id == communeFinding.TaskId || t.Id == agencyFinding.TaskId).ToListAsync();
            var communePlan = await sp.Db().Plans.Where(p => p.GovernmentId == vinhThuy).Select(p => p.Id).SingleAsync();
            Assert.Equal((communePlan, "KT1", new DateOnly(2026, 3, 10)), tasks.Where(t => t.Id == communeFinding.TaskId).Select(t => (t.PlanId, t.Ref, t.DueDate!.Value)).Single());
            Assert.Equal((demo.ProvincePlan, "KT1"), tasks.Where(t => t.Id == agencyFinding.TaskId).Select(t => (t.PlanId, t.Ref)).Single());
            Assert.True(await sp.Db().TaskAssignments.AnyAsync(a => a.TaskId == communeFinding.TaskId && a.UnitId == vinhThuy && a.Role == AssignmentRole.Lead));
            var actual = await sp.Db().Set<IndicatorActual>().SingleAsync(a => a.UnitId == demo.Units["QT"] && a.IndicatorCode == IndicatorCodes.InspectionCoverage);
            Assert.Equal(("2026", 22.2m), (actual.Period, actual.Value));
        });
        Assert.All(view.Findings, f => Assert.Equal(FindingStatus.Open, f.Status));

        demo.Database.Time.Advance(TimeSpan.FromDays(10)); // 11/3: the commune's remedy date has passed
        await demo.Database.InScopeAsync(async sp =>
        {
            (await sp.Db().PlanTasks.SingleAsync(t => t.Id == agencyFinding.TaskId)).Status = PlanTaskStatus.Done;
            await sp.Db().SaveChangesAsync();
        });
        var later = await View(demo, id);

        Assert.Equal(FindingStatus.Overdue, later.Findings.Single(f => f.Id == communeFinding.Id).Status);
        Assert.Equal(FindingStatus.Closed, later.Findings.Single(f => f.Id == agencyFinding.Id).Status);
        Assert.Equal((1, 1), (later.OpenFindings, later.OverdueFindings));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_chosen_denominator_of_the_five_communes_gives_20_percent_for_one_visited_and_is_stated_on_the_plan(string provider)
    {
        await using var demo = await DemoProvince.CreateAsync(provider);
        using var actor = AuditActor.Begin("test");
        var communes = new[] { "QT.XA.VINHLINH", "QT.XA.VINHTHUY", "QT.XA.CUATUNG", "QT.XA.VINHHOANG", "QT.XA.BENQUAN" }.Select(c => demo.Units[c]).ToList();

        var id = Ok(await Commands(demo, c => c.CreateAsync(new CreateInspectionRequest(demo.Units["QT"], 2026, "Kiểm tra đột xuất UBND cấp xã", 20, "unscheduled"))));
        var version = Ok(await Commands(demo, c => c.SetUnitsAsync(id, new UnitsRequest([communes[0], communes[2]], true, communes))));
        Ok(await Commands(demo, c => c.AddVisitAsync(id, new VisitRequest(communes[2], new DateOnly(2026, 2, 27), ["cchc"]))));
        var stale = await Commands(demo, c => c.SetUnitsAsync(id, new UnitsRequest([], false, null, version - 1)));
        var outside = await Commands(demo, c => c.SetUnitsAsync(id, new UnitsRequest([demo.Units["QT"]], false)));
        var view = await View(demo, id);

        Assert.Equal((InspectionKind.Unscheduled, 5, 1, 20m, true), (view.Kind, view.Coverage.Units, view.Coverage.Inspected, view.Coverage.Rate, view.Coverage.Reached));
        Assert.Contains("5 cơ quan, đơn vị được chọn", view.DenominatorText, StringComparison.Ordinal);
        Assert.Equal(2, view.Units.Count(u => u.Selected));
        Assert.Equal("conflict", stale.Error?.Code);
        Assert.Equal("invalid", outside.Error?.Code);
    }

    private static Task<Result<T>> Commands<T>(DemoProvince demo, Func<InspectionCommands, Task<Result<T>>> action) =>
        demo.Database.InScopeAsync(sp => action(sp.GetRequiredService<InspectionCommands>()));

    private static async Task<InspectionView> View(DemoProvince demo, Guid id) =>
        (await demo.Database.InScopeAsync(sp => sp.GetRequiredService<InspectionQueries>().GetAsync(id)))!;

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }
}
