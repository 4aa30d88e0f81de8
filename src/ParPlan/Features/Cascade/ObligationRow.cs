using ParPlan.Core.Cascade;

namespace ParPlan.Features.Cascade;

/// <summary>One line of a plan's issuance-compliance list: who owes a plan by when, their plan, its status on the day,
/// how many days late, and how many of the parent tasks that concern them their plan takes up.</summary>
public sealed record ObligationRow(Guid GovernmentId, string GovernmentName, DateOnly DueOn, Guid? ChildPlanId, string? ChildNumber,
    DateOnly? ChildIssuedOn, ObligationStatus Status, int DaysLate, int ParentTasks, int Covered)
{
    public string StatusCode => ObligationRules.Code(Status);
}
