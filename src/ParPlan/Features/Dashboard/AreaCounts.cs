namespace ParPlan.Features.Dashboard;

/// <summary><c>OverdueInProgress</c> (added to the contract): the overdue tasks among those in progress, so a chart can show
/// overdue tasks in their own colour without counting them twice.</summary>
public sealed record AreaCounts(string Area, int Total, int Done, int DoneLate, int InProgress, int NotStarted, int Blocked, int Overdue,
    int OverdueInProgress);
