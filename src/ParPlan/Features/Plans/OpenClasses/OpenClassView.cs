namespace ParPlan.Features.Plans.OpenClasses;

public sealed record OpenClassView(Guid PlanId, string Status, long Version, IReadOnlyList<OpenCell> Cells, IReadOnlyList<PickableUnit> Units);
