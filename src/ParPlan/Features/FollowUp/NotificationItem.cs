namespace ParPlan.Features.FollowUp;

/// <summary>One message to the user's unit, as <c>GET /api/notifications</c> answers it.</summary>
public sealed record NotificationItem(Guid Id, string Text, string? Link, bool IsRead, DateTimeOffset CreatedAt);
