namespace ParPlan.Features.Cascade;

/// <summary>An issued plan as its lower governments see it: the governments directly below its own, by name, and
/// its tasks with the governments each one concerns, and for each unit below a lower government, that government.</summary>
public sealed record PlanReachView(Guid PlanId, Guid GovernmentId, string Title, string? Number, DateOnly? IssuedOn, string Status,
    IReadOnlyList<(Guid Id, string Name)> LowerGovernments, IReadOnlyList<ReachTask> Tasks, IReadOnlyDictionary<Guid, Guid> LowerOf);
