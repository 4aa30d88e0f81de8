namespace ParPlan.Features.Organisation;

/// <summary>The unit and everything below it end the day before <see cref="EffectiveOn"/>.</summary>
public sealed record AbolishUnitRequest(Guid UnitId, DateOnly EffectiveOn, string? Reference = null, Guid? SuccessorId = null);
