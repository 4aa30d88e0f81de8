using ParPlan.Core.Calendar;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tasks;

/// <summary>What the calculator needs besides the schedule: who the unit is, the plan period and the regime.
/// <see cref="Calendar"/> counts "ngày làm việc" spans; null counts Saturdays and Sundays only
/// (<see cref="WorkingCalendar.WeekendsOnly"/>), so the web app always passes its configured calendar.</summary>
public sealed record DueDateContext(
    GovernmentLevel UnitLevel,
    DatePeriod PlanPeriod,
    IReadOnlyList<ReportingCadence>? Cadences = null,
    TriggerRecord? Trigger = null,
    DateOnly? SetDue = null,
    int DefaultTriggerSpanDays = 30,
    WorkingCalendar? Calendar = null)
{
    public static IReadOnlyList<ReportingCadence> AllCadences { get; } =
        [ReportingCadence.Quarterly, ReportingCadence.SixMonth, ReportingCadence.NineMonth, ReportingCadence.Annual];
}
