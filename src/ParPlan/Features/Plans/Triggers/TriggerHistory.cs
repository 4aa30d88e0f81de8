using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Calendar;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Plans.Triggers;

/// <summary>The history of a task's <see cref="TriggerEvent"/>, replayed from the audit log: the insert holds every value,
/// each correction the values it changed.</summary>
public sealed class TriggerHistory(AppDbContext db, WorkingCalendar calendar)
{
    /// <summary>Newest first; null when the task is not in the plan, empty when nothing has been recorded.</summary>
    public async Task<IReadOnlyList<TriggerHistoryEntry>?> OfAsync(Guid planId, Guid taskId, CancellationToken ct = default)
    {
        var task = await (from t in db.PlanTasks.AsNoTracking()
                          join p in db.Plans on t.PlanId equals p.Id
                          where t.Id == taskId && t.PlanId == planId
                          select new { t.ScheduleJson, p.PeriodFrom, p.PeriodTo }).FirstOrDefaultAsync(ct);
        if (task is null)
        {
            return null;
        }

        var eventId = await db.TriggerEvents.AsNoTracking().Where(e => e.TaskId == taskId).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        if (eventId is not { } id)
        {
            return [];
        }

        var key = id.ToString();
        var audits = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(TriggerEvent) && a.EntityKey == key)
            .OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => new { a.At, a.UserName, a.Action, a.After }).ToListAsync(ct);
        var schedule = TaskDeadlines.ScheduleOf(task.ScheduleJson);
        var period = new DatePeriod(task.PeriodFrom, task.PeriodTo);
        var state = new TriggerEvent();
        var history = new List<TriggerHistoryEntry>();
        foreach (var audit in audits.Where(a => a.After is not null))
        {
            Replay(state, audit.After!);
            var deadline = schedule.Kind == ScheduleKind.Multi ? null : TaskDeadlineCommands.DueOf(schedule, state, period, calendar);
            history.Add(new TriggerHistoryEntry(audit.At, audit.UserName, audit.Action == AuditAction.Added ? "recorded" : "corrected",
                state.OccurredOn, state.DueDate, state.Note, deadline));
        }

        history.Reverse();
        return history;
    }

    /// <summary>Applies the changed values of one audit entry (a JSON object of property → new value).</summary>
    private static void Replay(TriggerEvent state, string after)
    {
        using var json = JsonDocument.Parse(after);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            switch (property.Name)
            {
                case nameof(TriggerEvent.OccurredOn):
                    state.OccurredOn = DateOf(property.Value);
                    break;
                case nameof(TriggerEvent.DueDate):
                    state.DueDate = DateOf(property.Value);
                    break;
                case nameof(TriggerEvent.Note):
                    state.Note = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    break;
            }
        }
    }

    private static DateOnly? DateOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date) ? date : null;
}
