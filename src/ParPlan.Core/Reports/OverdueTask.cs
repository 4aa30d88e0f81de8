namespace ParPlan.Core.Reports;

/// <summary>A task not done by its deadline as of the window's end, with its lead unit.</summary>
public sealed record OverdueTask(string Ref, string Title, string Lead, DateOnly DueOn, int DaysOverdue);
