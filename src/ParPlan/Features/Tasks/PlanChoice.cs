namespace ParPlan.Features.Tasks;

/// <summary>A plan the user's unit has tasks in, to filter by.</summary>
public sealed record PlanChoice(Guid Id, string Title);
