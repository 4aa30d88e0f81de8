namespace ParPlan.Core.Reports;

/// <summary>One area's task figures and its overdue tasks.</summary>
public sealed record AreaTaskFigures(string? Area, string AreaName, TaskFigures Figures, IReadOnlyList<OverdueTask> Overdue);
