namespace ParPlan.Features.Dashboard;

public sealed record DashboardTask(Guid Id, string Ref, string Title, string PlanTitle, string Status, DateOnly? DueDate, int OverdueDays);
