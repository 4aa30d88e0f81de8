namespace ParPlan.Core.ParIndex;

/// <summary>A criterion where a unit lost points, as a proposed task for next year: the criterion's code and title, its
/// maximum and the points it kept, the plan area the task belongs to, and the proposed wording of the task.</summary>
public sealed record RemediationDraft(string Code, string CriterionTitle, decimal MaxPoints, decimal Points, string PlanArea, string Title)
{
    public decimal Lost => MaxPoints - Points;
}
