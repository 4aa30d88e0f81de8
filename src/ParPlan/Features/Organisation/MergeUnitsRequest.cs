namespace ParPlan.Features.Organisation;

/// <summary>Predecessors end the day before <see cref="EffectiveOn"/>; the successor (created beforehand,
/// valid from <see cref="EffectiveOn"/>) takes over.</summary>
public sealed record MergeUnitsRequest(IReadOnlyList<Guid> PredecessorIds, Guid SuccessorId, DateOnly EffectiveOn, string? Reference = null);
