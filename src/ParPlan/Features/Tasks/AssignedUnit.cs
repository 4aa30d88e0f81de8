namespace ParPlan.Features.Tasks;

public sealed record AssignedUnit(Guid UnitId, string Name, string Role);
