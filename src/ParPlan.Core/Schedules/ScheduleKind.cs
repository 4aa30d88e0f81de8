namespace ParPlan.Core.Schedules;

public enum ScheduleKind { Date, Period, Ongoing, Recurring, Multi, PerLevel, Conditional, Reference, None }
