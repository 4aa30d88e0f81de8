using ParPlan.Core.Tasks;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>The facts about one task that its deadlines depend on.</summary>
public sealed record TaskTiming(
    string ScheduleJson,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    PlanTaskStatus Status,
    DateOnly? SetDue,
    TriggerRecord? Trigger,
    IReadOnlySet<string>? ReportedPeriods);
