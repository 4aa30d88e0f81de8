namespace ParPlan.Features.FollowUp;

/// <summary>Another feature's deadlines for the reminder job (cascade obligations, inspection findings): the
/// notifications it wants today. <see cref="ReminderRunner"/> deduplicates them by <see cref="Notification.DedupKey"/>
/// and mails them like the task reminders.</summary>
public interface IFollowUpSource
{
    Task<IReadOnlyList<Notification>> WantedAsync(DateOnly today, CancellationToken ct = default);
}
