namespace ParPlan.Features.FollowUp;

public sealed record FollowUpLists(DateOnly Today, IReadOnlyList<FollowUpItem> Overdue, IReadOnlyList<FollowUpItem> DueIn1,
    IReadOnlyList<FollowUpItem> DueIn3, IReadOnlyList<FollowUpItem> DueIn7, string? GovernmentName = null);
