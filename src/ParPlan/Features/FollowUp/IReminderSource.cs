namespace ParPlan.Features.FollowUp;

/// <summary>Another feature's deadlines for the follow-up job: the notifications it wants on <c>today</c> (reminders
/// before a due date, overdue notices, escalations), each with a unique <see cref="Notification.DedupKey"/>. The
/// <see cref="ReminderRunner"/> stores the new ones and mails them like the task reminders.</summary>
public interface IReminderSource
{
    Task<IReadOnlyList<Notification>> WantedAsync(DateOnly today, CancellationToken ct = default);
}
