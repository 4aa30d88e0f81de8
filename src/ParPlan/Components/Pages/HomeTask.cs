namespace ParPlan.Components.Pages;

/// <summary>A task as the home page lists it: what, in which plan, when due (dd/MM/yyyy or the plan's wording).</summary>
public sealed record HomeTask(Guid Id, string Ref, string Title, string PlanTitle, string Due, string Status, bool Overdue);
