namespace ParPlan.Features.FollowUp;

public sealed record FollowUpItem(Guid Id, Guid PlanId, string PlanTitle, string Ref, string Title, string Status, int Percent,
    DateOnly? DueDate, int DaysLeft, IReadOnlyList<string> LeadUnits);
