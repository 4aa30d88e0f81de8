using ParPlan.Core.Plans;

namespace ParPlan.Core.Schedules;

/// <summary>Which table column a cell comes from: the same words mean different things in each.</summary>
public enum ScheduleColumn { Time, Funding }
