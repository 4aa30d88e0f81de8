using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Inspections;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Demo;

/// <summary>The demo's inspection (DEMO DATA): the province's plan states "kiểm tra ít nhất 20% cơ quan, đơn vị" (as D2
/// does), and its planned inspection of the year takes that target, has its team decision, selects xã Vĩnh Thủy, xã
/// Cửa Tùng and Sở Tư pháp, and has visited xã Vĩnh Thủy (CCHC, TTHC and legal documents at once) a few days ago with
/// one finding. The finding is a task of xã Vĩnh Thủy's own plan led by the commune, so <c>thuongtruc.vinhthuy</c>
/// finds it among its tasks. Made through the feature's own commands.</summary>
public sealed class DemoInspections(AppDbContext db, InspectionCommands commands, TimeProvider time)
{
    public async Task CreateAsync(IReadOnlyDictionary<string, Guid> units, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var y = today.Year;
        var province = await db.Plans.FirstAsync(p => p.GovernmentId == units["QT"], ct);
        var order = await db.PlanTargets.Where(t => t.PlanId == province.Id).Select(t => (int?)t.Order).MaxAsync(ct) ?? 0;
        db.Add(new PlanTarget
        {
            PlanId = province.Id, Order = order + 1, AreaCode = "direction", Comparator = ">=", Value = 20, Unit = "%",
            Text = "Kiểm tra công tác cải cách hành chính tối thiểu 20% cơ quan, đơn vị thuộc tỉnh", Source = "demo",
        });
        await db.SaveChangesAsync(ct);

        var id = Ok(await commands.CreateAsync(new CreateInspectionRequest(units["QT"], y, $"Kiểm tra công tác cải cách hành chính năm {y}", null), ct));
        Ok(await commands.SetDecisionAsync(id, new DecisionRequest("125/QĐ-UBND", today.DayOfYear > 20 ? today.AddDays(-20) : new DateOnly(y, 1, 1)), ct));
        Ok(await commands.SetUnitsAsync(id, new UnitsRequest([units["QT.XA.VINHTHUY"], units["QT.XA.CUATUNG"], units["QT.STP"]]), ct));
        var visit = Ok(await commands.AddVisitAsync(id, new VisitRequest(units["QT.XA.VINHTHUY"], today.DayOfYear > 5 ? today.AddDays(-5) : new DateOnly(y, 1, 1),
            ["cchc", "tthc", "legal-documents"], "Đoàn làm việc với Chủ tịch UBND xã và Trung tâm Phục vụ hành chính công xã."), ct));
        Ok(await commands.AddFindingAsync(visit, new FindingRequest(
            "Chưa niêm yết công khai đầy đủ thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã", today.AddDays(30)), ct));
    }

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException($"Demo data is inconsistent: {result.Error!.Message}");
}
