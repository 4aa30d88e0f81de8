namespace ParPlan.Features.Plans;

/// <summary>A plan as the list shows it.</summary>
public sealed record PlanListItem(Guid Id, string Title, string? Number, string Status, DateOnly PeriodFrom, DateOnly PeriodTo, Guid GovernmentId,
    string GovernmentName, DateOnly? IssuedOn);
