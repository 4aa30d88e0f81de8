namespace ParPlan.Features.Plans.OpenClasses;

public sealed record PickableUnit(Guid Id, string Name);
