using ParPlan.Core.Plans;

namespace ParPlan.Core.Schedules;

/// <summary>Which table column a cell comes from: the same words mean different things in each.</summary>
public enum ScheduleColumn { Time, Funding }

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

/// <summary>A parsed cell and the plain-English warnings it raised (without a "task x.y:" prefix).</summary>
public sealed record ScheduleResult(Schedule Schedule, IReadOnlyList<ImportWarning> Notices)
{
    /// <summary>The warnings' contract strings.</summary>
    public IReadOnlyList<string> Warnings => Notices.Select(n => n.Machine).ToList();
}
