using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Plans.OpenClasses;

/// <summary>The standing agency picks the concrete units an open class stands for; each becomes an assignment of the task
/// (source text = the cell item, fan-out group = the open class). The plan lifecycle applies: free while a draft, a
/// revision with a reason once issued, refused when closed. Picking again replaces the earlier pick.</summary>
public sealed class OpenClassCommands(AppDbContext db, OpenClassQueries queries, PlanCommands plans)
{
    public async Task<Result<long>> PickAsync(Guid planId, OpenClassPick pick, CancellationToken ct = default)
    {
        if (OpenClassQueries.ParseRole(pick.Role) is not { } role)
        {
            return Error.Invalid("Vai trò phải là «lead» (chủ trì) hoặc «support» (phối hợp).");
        }

        var unitIds = (pick.UnitIds ?? []).Distinct().ToList();
        if (unitIds.Count == 0)
        {
            return Error.Invalid("Chọn ít nhất một đơn vị cụ thể cho nhóm này.");
        }

        if (await queries.ForPlanAsync(planId, ct) is not { } view)
        {
            return Error.NotFound("Không tìm thấy kế hoạch.");
        }

        var cell = view.Cells.FirstOrDefault(c => c.TaskId == pick.TaskId && c.Role == pick.Role && c.Text == pick.Text);
        if (cell is null)
        {
            return Error.Invalid("Nhiệm vụ không có nhóm đơn vị mở này ở cột đã chọn; hãy tải lại trang kế hoạch.");
        }

        var allowed = view.Units.ToDictionary(u => u.Id, u => u.Name);
        if (unitIds.Any(id => !allowed.ContainsKey(id)))
        {
            return Error.Invalid("Có đơn vị không thuộc chính quyền ban hành kế hoạch; chỉ chọn trong danh sách.");
        }

        var source = PlanBuilder.Clip(cell.Text, 1000);
        var current = await db.TaskAssignments.Where(a => a.TaskId == cell.TaskId && a.Role == role).ToListAsync(ct);
        var names = string.Join(", ", unitIds.Select(id => allowed[id]));
        var reason = string.IsNullOrWhiteSpace(pick.Reason) ? null
            : PlanBuilder.Clip($"{pick.Reason.Trim()} (nhiệm vụ {cell.Ref}, «{cell.Text}»: {names})", 2000);
        return await plans.EditAsync(planId, pick.Version, reason, (_, context) =>
        {
            foreach (var gone in current.Where(a => a.SourceText == source && !unitIds.Contains(a.UnitId)))
            {
                context.TaskAssignments.Remove(gone);
            }

            // A unit already assigned in this role (by another cell) keeps that assignment.
            foreach (var unitId in unitIds.Where(id => current.All(a => a.UnitId != id)))
            {
                context.TaskAssignments.Add(new TaskAssignment
                {
                    TaskId = cell.TaskId, UnitId = unitId, Role = role, SourceText = source, FanOutGroupId = cell.GroupId,
                });
            }

            return null;
        }, ct);
    }
}
