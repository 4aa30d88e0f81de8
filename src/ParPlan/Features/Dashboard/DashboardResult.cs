namespace ParPlan.Features.Dashboard;

/// <summary>The contract's dashboard (<c>total, done, doneLate, inProgress, notStarted, overdue, byArea, byUnit</c>) plus
/// the overdue and upcoming lists the page shows.</summary>
public sealed record DashboardResult(Guid? GovernmentId, string? Period, int Total, int Done, int DoneLate, int InProgress, int NotStarted,
    int Blocked, int Overdue, IReadOnlyList<AreaCounts> ByArea, IReadOnlyList<UnitCounts> ByUnit,
    IReadOnlyList<DashboardTask> OverdueTasks, IReadOnlyList<DashboardTask> Upcoming, string? GovernmentName = null);
