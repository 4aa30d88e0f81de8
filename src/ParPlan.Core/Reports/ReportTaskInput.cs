namespace ParPlan.Core.Reports;

/// <summary>A task as a report sees it: area code ("procedures"), deadline, the day work started and the day it was
/// done (null when not yet), and the lead unit's name.</summary>
public sealed record ReportTaskInput(string Ref, string? Area, string Title, DateOnly? DueOn, DateOnly? StartedOn, DateOnly? DoneOn, string Lead);
