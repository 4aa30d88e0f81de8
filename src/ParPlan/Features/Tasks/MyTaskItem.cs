namespace ParPlan.Features.Tasks;

public sealed record MyTaskItem(Guid Id, Guid PlanId, string PlanTitle, string Ref, string Title, string? Area, string Role,
    string Status, int Percent, long Version, string ScheduleText, DateOnly? DueDate, bool Overdue, string? CurrentPeriod);
