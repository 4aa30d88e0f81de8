namespace ParPlan.Core.Reports;

/// <summary>Where an owed report stands on a day: due within the reminder horizon, or past its due date.</summary>
public enum OwedState { DueSoon, Overdue }
