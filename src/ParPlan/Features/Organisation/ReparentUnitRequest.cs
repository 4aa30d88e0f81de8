namespace ParPlan.Features.Organisation;

public sealed record ReparentUnitRequest(Guid UnitId, Guid NewParentId, DateOnly EffectiveOn, string? Reference = null);
