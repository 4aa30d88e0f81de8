namespace ParPlan.Features.Organisation;

public sealed record UnitEventView(UnitEventKind Kind, DateOnly EffectiveOn, string Description, string? Reference, Guid? RelatedUnitId);
