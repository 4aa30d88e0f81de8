using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>Write side of task progress. Lead units (and standing officers) set the task's status; coordinating units add notes.</summary>
public sealed class TaskCommands(AppDbContext db, IUnitScope scope, TaskQueries queries, TimeProvider time)
{
    public async Task<Result<TaskState>> RecordProgressAsync(ClaimsPrincipal user, Guid taskId, ProgressRequest request,
        CancellationToken ct = default)
    {
        var access = await AccessAsync(user, taskId, ct);
        if (access.Failure is { } denied)
        {
            return denied;
        }

        var status = PlanTaskStatusText.Parse(request.Status);
        if (status is null)
        {
            return Invalid("Trạng thái phải là một trong: not-started, in-progress, done, done-late, blocked.");
        }

        if (request.Percent is not { } percent || percent is < 0 or > 100)
        {
            return Invalid("Tỷ lệ hoàn thành phải từ 0 đến 100.");
        }

        var note = request.Note?.Trim();
        if (status == PlanTaskStatus.Blocked && string.IsNullOrEmpty(note))
        {
            return Invalid("Khi không thực hiện được, phải nêu lý do.");
        }

        if (note is { Length: > 4000 })
        {
            return Invalid("Ghi chú không quá 4000 ký tự.");
        }

        if (request.Version is not { } version)
        {
            return Invalid("Thiếu phiên bản (version) của nhiệm vụ.");
        }

        var task = await db.Set<PlanTask>().FirstAsync(t => t.Id == taskId, ct);
        if (task.Version != version)
        {
            return Stale(await StateAsync(taskId, ct));
        }

        var closing = status is PlanTaskStatus.Done or PlanTaskStatus.DoneLate;
        if (!access.IsLead && closing)
        {
            return Error.Forbidden("Chỉ đơn vị chủ trì mới được đóng nhiệm vụ; đơn vị phối hợp chỉ gửi ý kiến, kết quả phối hợp.");
        }

        var detail = await queries.DetailAsync(user, taskId, ct);
        if (status == PlanTaskStatus.Done && detail?.Overdue == true)
        {
            status = PlanTaskStatus.DoneLate;
        }

        var me = CurrentUser.From(user)!;
        var period = request.Period ?? (TaskDeadlines.ReportsPerPeriod(task.ScheduleJson) ? detail?.CurrentPeriod : null);
        db.Add(new ProgressEntry
        {
            TaskId = taskId,
            UnitId = access.UnitId,
            Status = status.Value,
            Percent = closing ? 100 : percent,
            Note = note,
            Period = period,
            ByLead = access.IsLead,
            CreatedBy = me.UserName,
            CreatedAt = time.GetUtcNow(),
        });
        if (access.IsLead)
        {
            task.Status = status.Value;
            task.Percent = closing ? 100 : percent;
            task.ClosedAt = closing ? time.GetUtcNow() : null;
            task.ClosedBy = closing ? me.UserName : null;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await StateAsync(taskId, ct));
        }

        return await StateAsync(taskId, ct);
    }

    public async Task<TaskState> StateAsync(Guid taskId, CancellationToken ct = default)
    {
        var task = await db.Set<PlanTask>().AsNoTracking().Where(t => t.Id == taskId)
            .Select(t => new { t.Id, t.Status, t.Percent, t.Version }).FirstAsync(ct);
        var last = await db.Set<ProgressEntry>().AsNoTracking().Where(e => e.TaskId == taskId).OrderByDescending(e => e.CreatedAt)
            .Select(e => new { e.Note, e.CreatedBy, e.CreatedAt }).FirstOrDefaultAsync(ct);
        return new TaskState(task.Id, task.Status.ToText(), task.Percent, task.Version, last?.Note, last?.CreatedBy, last?.CreatedAt);
    }

    /// <summary>Who writes for which unit: a unit officer writes for their own assigned unit (lead or support);
    /// a standing officer or administrator writes as the lead unit.</summary>
    public async Task<TaskAccess> AccessAsync(ClaimsPrincipal user, Guid taskId, CancellationToken ct = default)
    {
        var info = await db.Set<PlanTask>().AsNoTracking().Where(t => t.Id == taskId)
            .Join(db.Set<Plan>(), t => t.PlanId, p => p.Id, (t, p) => new { p.GovernmentId }).FirstOrDefaultAsync(ct);
        if (info is null)
        {
            return TaskAccess.Denied(NotFound());
        }

        var assignments = await db.Set<TaskAssignment>().AsNoTracking().Where(a => a.TaskId == taskId)
            .Select(a => new { a.UnitId, a.Role }).ToListAsync(ct);
        var unitIds = assignments.Select(a => a.UnitId).ToList();
        if (!await scope.AllowsTaskAsync(user, ScopeAction.Read, info.GovernmentId, unitIds, ct: ct))
        {
            return TaskAccess.Denied(NotFound());
        }

        if (!await scope.AllowsTaskAsync(user, ScopeAction.Write, info.GovernmentId, unitIds, ct: ct))
        {
            return TaskAccess.Denied(Error.Forbidden("Vai trò của bạn chỉ được xem, không được cập nhật nhiệm vụ này."));
        }

        var me = CurrentUser.From(user)!;
        if (me.Role == Roles.UnitOfficer && me.UnitId is { } own)
        {
            return new TaskAccess(own, assignments.Any(a => a.UnitId == own && a.Role == AssignmentRole.Lead), null);
        }

        var lead = assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead)?.UnitId ?? info.GovernmentId;
        return new TaskAccess(lead, true, null);
    }

    /// <summary>The task's 404: the same for a task that does not exist and one outside the user's scope.</summary>
    public static Error NotFound() => Error.NotFound("Không tìm thấy nhiệm vụ trong phạm vi của bạn.");

    private static Error Invalid(string detail) => Error.Invalid(detail);

    private static Error Stale(TaskState current) =>
        Error.Conflict("Nhiệm vụ vừa được người khác cập nhật. Xem trạng thái hiện tại rồi gửi lại.", current);
}
