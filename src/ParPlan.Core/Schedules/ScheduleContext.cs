using ParPlan.Core.Plans;

namespace ParPlan.Core.Schedules;

/// <summary>What the parser knows about the plan: its year (for dates without one), period and issue date.</summary>
public sealed record ScheduleContext(
    int PlanYear,
    DatePeriod? PlanPeriod = null,
    DateOnly? IssuedOn = null,
    ScheduleColumn Column = ScheduleColumn.Time)
{
    /// <summary>The plan period, or the calendar plan year when the header states none.</summary>
    public DatePeriod EffectivePeriod => PlanPeriod ?? new DatePeriod(new DateOnly(PlanYear, 1, 1), new DateOnly(PlanYear, 12, 31));
}
