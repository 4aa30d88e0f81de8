using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>A task of an issued plan with its task-level deadline (the plan government's level, periods reported by any unit).</summary>
public sealed record BoardTask(Guid Id, Guid PlanId, string PlanTitle, Guid GovernmentId, string Ref, string Title, string? AreaCode,
    PlanTaskStatus Status, int Percent, DateOnly? DueDate, bool Overdue, int OverdueDays, DateOnly? NextDue,
    IReadOnlyList<Guid> LeadUnitIds, IReadOnlyList<Guid> SupportUnitIds, DateOnly PeriodFrom, DateOnly PeriodTo);
