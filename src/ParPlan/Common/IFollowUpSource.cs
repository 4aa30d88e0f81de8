using ParPlan.Features.FollowUp;

namespace ParPlan.Common;

/// <summary>Shared between the follow-up job and the features that feed it (so no feature registers another's type):
/// another feature's deadlines for the reminder job (cascade obligations, inspection findings): the
/// notifications it wants today. <c>ReminderRunner</c> deduplicates them by <see cref="Notification.DedupKey"/>
/// and mails them like the task reminders.</summary>
public interface IFollowUpSource
{
    Task<IReadOnlyList<Notification>> WantedAsync(DateOnly today, CancellationToken ct = default);
}
