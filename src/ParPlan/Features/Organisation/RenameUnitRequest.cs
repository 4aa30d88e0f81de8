namespace ParPlan.Features.Organisation;

public sealed record RenameUnitRequest(Guid UnitId, string NewName, DateOnly EffectiveOn, string? Reference = null);
