using ParPlan.Features.FollowUp;

namespace ParPlan.Features.Tasks;

/// <summary>What the "my tasks" page shows: the filtered, ordered tasks, the plans to filter by and the notifications.</summary>
public sealed record MyTasksView(IReadOnlyList<MyTaskItem> Tasks, int Total, IReadOnlyList<PlanChoice> Plans,
    IReadOnlyList<NotificationItem> Notifications, DateOnly Today);
