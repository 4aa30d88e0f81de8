using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Cascade;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using PlanJson = ParPlan.Core.Plans.PlanJson;

namespace ParPlan.Features.Demo;

/// <summary>The demo's cascade (DEMO DATA): the province's plan gains three tasks for its communes (the class "UBND các
/// xã, phường" fans out to the five), every commune owes its own plan by 28/02, and xã Vĩnh Thủy's plan is its child
/// (issued in time, its task 1.1 carrying out the province's 1.4). xã Vĩnh Linh has not built its plan yet: building it
/// from the province's (<c>/ke-hoach/{id}/ke-hoach-con</c>) is the exercise.</summary>
public sealed class DemoCascade(AppDbContext db, OrgGroups groups, TimeProvider time)
{
    public const string CommunesGroupCode = "QT.G.XA";

    public async Task CreateAsync(IReadOnlyDictionary<string, Guid> units, CancellationToken ct)
    {
        var y = VietnamTime.Today(time).Year;
        var province = await db.Plans.FirstAsync(p => p.GovernmentId == units["QT"], ct);
        var communes = Ok(await groups.CreateAsync(new CreateGroupRequest(CommunesGroupCode, "UBND các xã, phường", units["QT"], GroupRule.KindsUnderGovernment,
            [UnitKind.CommuneGovernment], false, ["UBND cấp xã", "UBND các xã"]), ct));
        var members = Ok(await groups.ResolveAsync(communes, new DateOnly(y, 1, 10), ct));
        var order = await db.PlanTasks.Where(t => t.PlanId == province.Id).MaxAsync(t => t.Order, ct);
        var due = new DateOnly(y, 2, 28);
        var issue = Add(province.Id, ++order, "1.4", "direction", "Ban hành Kế hoạch CCHC năm của UBND cấp xã", Dated(due), ("UBND các xã, phường", members, communes),
            ("Sở Nội vụ", [units["QT.SNV"]], null));
        Add(province.Id, ++order, "3.3", "procedures", "Rà soát, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công cấp xã",
            Dated(new DateOnly(y, 6, 30)), ("UBND các xã, phường", members, communes), ("Trung tâm Phục vụ hành chính công tỉnh", [units["QT.TTPVHCC"]], null));
        Add(province.Id, ++order, "7.2", "digital-government", "Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã Vĩnh Linh",
            Dated(new DateOnly(y, 9, 30)), ("Trung tâm Phục vụ hành chính công xã Vĩnh Linh", [units["QT.XA.VINHLINH.HCC"]], null),
            ("Trung tâm Phục vụ hành chính công tỉnh", [units["QT.TTPVHCC"]], null));
        foreach (var commune in members)
        {
            db.Add(new CascadeObligation { PlanId = province.Id, GovernmentId = commune, DueOn = due, CreatedAt = time.GetUtcNow(), CreatedBy = "demo" });
        }

        var vinhThuy = await db.Plans.FirstAsync(p => p.GovernmentId == units["QT.XA.VINHTHUY"], ct);
        vinhThuy.ParentPlanId = province.Id;
        vinhThuy.ParentPlanReference = $"Thực hiện Kế hoạch số {province.Number} ngày {DateText.Format(province.IssuedOn)} của UBND tỉnh Quảng Trị";
        var first = await db.PlanTasks.FirstAsync(t => t.PlanId == vinhThuy.Id && t.Ref == "1.1", ct);
        first.ParentTaskId = issue;
        await db.SaveChangesAsync(ct);
    }

    private static Schedule Dated(DateOnly due) => new() { Text = $"Trước ngày {DateText.Format(due)}", Kind = ScheduleKind.Date, Due = due };

    private Guid Add(Guid planId, int order, string reference, string area, string title, Schedule schedule,
        (string Text, IReadOnlyList<Guid> Units, Guid? Group) lead, (string Text, IReadOnlyList<Guid> Units, Guid? Group) support)
    {
        var task = new PlanTask
        {
            PlanId = planId, Ref = reference, Order = order, AreaCode = area, Title = title, ScheduleText = schedule.Text,
            ScheduleJson = JsonSerializer.Serialize(schedule, PlanJson.Options), ScheduleKind = PlanJsonText.Enum(schedule.Kind), DueDate = schedule.Due,
            LeadTextJson = PlanJsonText.List([lead.Text]), SupportTextJson = PlanJsonText.List([support.Text]),
        };
        db.Add(task);
        foreach (var (cell, role) in new[] { (lead, AssignmentRole.Lead), (support, AssignmentRole.Support) })
        {
            db.AddRange(cell.Units.Select(u => new TaskAssignment { TaskId = task.Id, UnitId = u, Role = role, SourceText = cell.Text, FanOutGroupId = cell.Group }));
        }

        return task.Id;
    }

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException($"Demo data is inconsistent: {result.Error!.Message}");
}
