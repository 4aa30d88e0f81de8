using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Plans.Triggers;

public sealed class TaskDeadlineQueries(AppDbContext db)
{
    /// <summary>The plan's conditional, multi-with-condition, reference and undated tasks, in document order.</summary>
    public async Task<IReadOnlyList<WaitingTask>> WaitingAsync(Guid planId, CancellationToken ct = default)
    {
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId && (t.ScheduleKind == "conditional"
                || t.ScheduleKind == "multi" || t.ScheduleKind == "reference" || t.ScheduleKind == "none"))
            .OrderBy(t => t.Order).Select(t => new { t.Id, t.Ref, t.Title, t.ScheduleText, t.ScheduleJson, t.DueDate }).ToListAsync(ct);
        var events = await db.TriggerEvents.AsNoTracking().Where(e => e.PlanId == planId && e.TaskId != null)
            .ToDictionaryAsync(e => e.TaskId!.Value, ct);
        var result = new List<WaitingTask>();
        foreach (var t in tasks)
        {
            var schedule = TaskDeadlines.ScheduleOf(t.ScheduleJson);
            if (TaskWaits.Of(schedule) is not { } wait)
            {
                continue;
            }

            var e = events.GetValueOrDefault(t.Id);
            result.Add(new WaitingTask(t.Id, t.Ref, t.Title, t.ScheduleText, wait.Text(), TaskWaits.WaitText(schedule), t.DueDate,
                e?.Id, e?.OccurredOn, e?.DueDate, e?.Note, e?.RecordedBy, e?.RecordedAt, e?.Version));
        }

        return result;
    }
}
