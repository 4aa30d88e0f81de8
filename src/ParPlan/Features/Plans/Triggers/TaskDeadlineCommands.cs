using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Core.Tasks;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Organisation;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Plans.Triggers;

/// <summary><c>POST /api/plans/{id}/tasks/{taskId}/deadline</c> body: the event date (conditional tasks), the deadline
/// (required for reference tasks, optional for conditional ones) and a note; <c>version</c> of the recorded event when
/// correcting it.</summary>
public sealed record TaskDeadlineInput(DateOnly? OccurredOn, DateOnly? DueDate, string? Note, long? Version);

public sealed record TaskDeadlineSaved(Guid TaskId, Guid EventId, long Version, DateOnly? DueDate);

/// <summary>The standing agency wakes a dormant task: it records the event a conditional task waits for (the deadline is
/// then the date it sets, or the span the condition states, or 30 days), or sets the date of a task timed by another
/// document. One <see cref="TriggerEvent"/> per task, corrected in place with its version (the audit log keeps history).</summary>
public sealed class TaskDeadlineCommands(AppDbContext db, AuditActor actor, TimeProvider time)
{
    public async Task<Result<TaskDeadlineSaved>> SaveAsync(Guid planId, Guid taskId, TaskDeadlineInput input, CancellationToken ct = default)
    {
        var row = await (from t in db.PlanTasks
                         join p in db.Plans on t.PlanId equals p.Id
                         where t.Id == taskId && t.PlanId == planId
                         select new { Task = t, p.Status, p.PeriodFrom, p.PeriodTo }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return Error.NotFound("Không tìm thấy nhiệm vụ trong kế hoạch này.");
        }

        if (row.Status == PlanStatus.Closed)
        {
            return Error.Conflict("Kế hoạch đã kết thúc, không ghi nhận thêm sự kiện hay thời hạn.");
        }

        var task = row.Task;
        var schedule = TaskDeadlines.ScheduleOf(task.ScheduleJson);
        if (TaskWaits.Of(schedule) is not { } wait)
        {
            return Error.Invalid($"Nhiệm vụ {task.Ref} đã có thời hạn theo ô thời gian «{task.ScheduleText}»; muốn đổi, hãy sửa thời gian của nhiệm vụ.");
        }

        if (Validate(wait, input, VietnamTime.Today(time)) is { } invalid)
        {
            return invalid;
        }

        var existing = await db.TriggerEvents.FirstOrDefaultAsync(e => e.TaskId == taskId, ct);
        if (existing is not null && input.Version != existing.Version)
        {
            return Stale(task.Ref, existing);
        }

        var record = existing ?? new TriggerEvent { PlanId = planId, TaskId = taskId };
        record.ConditionText = PlanBuilder.Clip(TaskWaits.WaitText(schedule), 2000)!;
        record.OccurredOn = input.OccurredOn;
        record.DueDate = input.DueDate;
        record.Note = PlanBuilder.Clip(string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), 2000);
        record.RecordedBy = actor.Current.UserName;
        record.RecordedAt = time.GetUtcNow();
        if (existing is null)
        {
            db.TriggerEvents.Add(record);
        }

        if (schedule.Kind != ScheduleKind.Multi)
        {
            task.DueDate = DueOf(schedule, record, new DatePeriod(row.PeriodFrom, row.PeriodTo));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var now = await db.TriggerEvents.AsNoTracking().FirstOrDefaultAsync(e => e.TaskId == taskId, ct);
            return now is null ? Error.Conflict("Không lưu được; hãy tải lại rồi thử lại.") : Stale(task.Ref, now);
        }

        return new TaskDeadlineSaved(taskId, record.Id, record.Version, task.DueDate);
    }

    /// <summary>The task's single deadline once the event or the date is known.</summary>
    public static DateOnly? DueOf(Schedule schedule, TriggerEvent record, DatePeriod period)
    {
        if (record.OccurredOn is not { } on)
        {
            return record.DueDate;
        }

        var context = new DueDateContext(GovernmentLevel.Unknown, period, Trigger: new TriggerRecord(on, record.DueDate));
        return DueDateCalculator.Occurrences(schedule, context).Select(o => o.Due).FirstOrDefault(d => d is not null) ?? record.DueDate;
    }

    private static Error? Validate(TaskWait wait, TaskDeadlineInput input, DateOnly today)
    {
        if (wait == TaskWait.Event && input.OccurredOn is null)
        {
            return Error.Invalid("Nhập ngày xảy ra sự kiện (dd/MM/yyyy), ví dụ ngày UBND tỉnh ban hành kế hoạch.");
        }

        if (wait == TaskWait.Date && input.DueDate is null)
        {
            return Error.Invalid("Nhập hạn hoàn thành (dd/MM/yyyy) cho nhiệm vụ này.");
        }

        if (input.OccurredOn is { } on && on > today)
        {
            return Error.Invalid($"Ngày xảy ra sự kiện ({on:dd/MM/yyyy}) không được sau hôm nay ({today:dd/MM/yyyy}).");
        }

        if (input.OccurredOn is { } from && input.DueDate is { } due && due < from)
        {
            return Error.Invalid($"Hạn hoàn thành ({due:dd/MM/yyyy}) phải từ ngày xảy ra sự kiện ({from:dd/MM/yyyy}) trở đi.");
        }

        return input.Note is { Length: > 2000 } ? Error.Invalid("Ghi chú không quá 2000 ký tự.") : null;
    }

    /// <summary>A stale correction: says who recorded what since the form was opened.</summary>
    private static Error Stale(string taskRef, TriggerEvent now) => Error.Conflict(
        $"Sự kiện/thời hạn của nhiệm vụ {taskRef} đã được {now.RecordedBy} ghi lúc {DateText.Instant(now.RecordedAt)}: "
        + $"ngày sự kiện {DateText.Format(now.OccurredOn, "(không có)")}, hạn {DateText.Format(now.DueDate, "(tính theo sự kiện)")}"
        + $"{(now.Note is { } n ? $", ghi chú «{n}»" : "")}. Hãy tải lại để xem bản mới nhất rồi sửa lại.");
}
