namespace ParPlan.Features.Dashboard;

public sealed record UnitCounts(Guid UnitId, string UnitName, int Total, int Done, int DoneLate, int InProgress, int NotStarted, int Blocked, int Overdue,
    int OverdueInProgress);
