using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Calendar;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Core.Tasks;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Organisation;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Plans.Triggers;

/// <summary>The standing agency wakes a dormant task: it records the event a conditional task waits for (the deadline is
/// then the date it sets, or the span the condition states, or 30 days), or sets the date of a task timed by another
/// document. One <see cref="TriggerEvent"/> per task, corrected in place with its version (the audit log keeps history).
/// Several tasks waiting for the same event are recorded together, all or nothing.</summary>
public sealed class TaskDeadlineCommands(AppDbContext db, AuditActor actor, TimeProvider time, WorkingCalendar calendar)
{
    public async Task<Result<TaskDeadlineSaved>> SaveAsync(Guid planId, Guid taskId, TaskDeadlineInput input, CancellationToken ct = default)
    {
        var also = (input.AlsoTasks ?? []).Where(a => a.TaskId != taskId).DistinctBy(a => a.TaskId).ToList();
        var wanted = also.Select(a => (a.TaskId, a.Version)).Prepend((TaskId: taskId, input.Version)).ToList();
        var ids = wanted.Select(w => w.TaskId).ToList();
        var plan = await db.Plans.Where(p => p.Id == planId).Select(p => new { p.Status, p.PeriodFrom, p.PeriodTo }).FirstOrDefaultAsync(ct);
        var tasks = plan is null ? [] : await db.PlanTasks.Where(t => t.PlanId == planId && ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        if (plan is null || !tasks.TryGetValue(taskId, out var task))
        {
            return Error.NotFound("Không tìm thấy nhiệm vụ trong kế hoạch này.");
        }

        if (also.Count(a => !tasks.ContainsKey(a.TaskId)) is var foreign and > 0)
        {
            return Error.NotFound($"{foreign} nhiệm vụ chọn kèm không thuộc kế hoạch này; hãy tải lại trang và chọn lại.");
        }

        if (plan!.Status == PlanStatus.Closed)
        {
            return Error.Conflict("Kế hoạch đã kết thúc, không ghi nhận thêm sự kiện hay thời hạn.");
        }

        var schedules = tasks.Values.ToDictionary(t => t.Id, t => TaskDeadlines.ScheduleOf(t.ScheduleJson));
        if (TaskWaits.Of(schedules[taskId]) is not { } wait)
        {
            return Error.Invalid($"Nhiệm vụ {task.Ref} đã có thời hạn theo ô thời gian «{task.ScheduleText}»; muốn đổi, hãy sửa thời gian của nhiệm vụ.");
        }

        if (NotBatchable(wait, also.Select(a => tasks[a.TaskId]), schedules) is { } refused)
        {
            return refused;
        }

        if (Validate(wait, input, VietnamTime.Today(time)) is { } invalid)
        {
            return invalid;
        }

        var existing = await EventsOf(ids, tracked: true, ct);
        if (StaleOf(wanted, existing, tasks) is { } stale)
        {
            return stale;
        }

        var period = new DatePeriod(plan.PeriodFrom, plan.PeriodTo);
        var records = ids.Select(id => Apply(tasks[id], schedules[id], existing.GetValueOrDefault(id), input, period)).ToList();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return StaleOf(wanted, await EventsOf(ids, tracked: false, ct), tasks) ?? Error.Conflict("Không lưu được; hãy tải lại rồi thử lại.");
        }

        var saved = records.Select(r => new TaskDeadlineSaved(r.TaskId!.Value, r.Id, r.Version, tasks[r.TaskId!.Value].DueDate)).ToList();
        return saved[0] with { AlsoTasks = saved.Skip(1).ToList() };
    }

    private TriggerEvent Apply(PlanTask task, Schedule schedule, TriggerEvent? existing, TaskDeadlineInput input, DatePeriod period)
    {
        var record = existing ?? new TriggerEvent { PlanId = task.PlanId, TaskId = task.Id };
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
            task.DueDate = DueOf(schedule, record, period, calendar);
        }

        return record;
    }

    private Task<Dictionary<Guid, TriggerEvent>> EventsOf(List<Guid> taskIds, bool tracked, CancellationToken ct)
    {
        var query = db.TriggerEvents.Where(e => e.TaskId != null && taskIds.Contains(e.TaskId.Value));
        return (tracked ? query : query.AsNoTracking()).ToDictionaryAsync(e => e.TaskId!.Value, ct);
    }

    /// <summary>Only tasks waiting for an event are recorded together, and only with a task that waits for one.</summary>
    private static Error? NotBatchable(TaskWait wait, IEnumerable<PlanTask> also, Dictionary<Guid, Schedule> schedules)
    {
        var others = also.ToList();
        if (others.Count == 0)
        {
            return null;
        }

        if (wait != TaskWait.Event)
        {
            return Error.Invalid("Chỉ ghi nhận chung một sự kiện cho các nhiệm vụ chờ sự kiện; nhiệm vụ này chờ ấn định hạn, hãy bỏ các nhiệm vụ chọn kèm.");
        }

        var refused = others.Where(t => TaskWaits.Of(schedules[t.Id]) != TaskWait.Event).Select(t => t.Ref).ToList();
        return refused.Count == 0 ? null : Error.Invalid(
            $"Nhiệm vụ {string.Join(", ", refused)} không chờ sự kiện (đã có thời hạn hoặc chờ ấn định hạn), không ghi nhận chung được; hãy bỏ chọn.");
    }

    /// <summary>Every task whose recorded event changed since the form was opened, each with what is recorded now.</summary>
    private static Error? StaleOf(List<(Guid TaskId, long? Version)> wanted, Dictionary<Guid, TriggerEvent> now, Dictionary<Guid, PlanTask> tasks)
    {
        var stale = wanted.Where(w => now.TryGetValue(w.TaskId, out var e) && e.Version != w.Version)
            .Select(w => Stale(tasks[w.TaskId].Ref, now[w.TaskId])).ToList();
        return stale.Count switch
        {
            0 => null,
            1 => Error.Conflict(stale[0] + " Hãy tải lại để xem bản mới nhất rồi sửa lại."),
            _ => Error.Conflict("Chưa lưu nhiệm vụ nào. " + string.Join(" ", stale) + " Hãy tải lại để xem bản mới nhất rồi chọn lại."),
        };
    }

    /// <summary>The task's single deadline once the event or the date is known.</summary>
    public static DateOnly? DueOf(Schedule schedule, TriggerEvent record, DatePeriod period, WorkingCalendar calendar)
    {
        if (record.OccurredOn is not { } on)
        {
            return record.DueDate;
        }

        var context = new DueDateContext(GovernmentLevel.Unknown, period, Trigger: new TriggerRecord(on, record.DueDate),
            Calendar: calendar);
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
    private static string Stale(string taskRef, TriggerEvent now) =>
        $"Sự kiện/thời hạn của nhiệm vụ {taskRef} đã được {now.RecordedBy} ghi lúc {DateText.Instant(now.RecordedAt)}: "
        + $"ngày sự kiện {DateText.Format(now.OccurredOn, "(không có)")}, hạn {DateText.Format(now.DueDate, "(tính theo sự kiện)")}"
        + $"{(now.Note is { } n ? $", ghi chú «{n}»" : "")}.";
}
