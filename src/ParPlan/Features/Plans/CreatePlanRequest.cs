namespace ParPlan.Features.Plans;

/// <summary>A plan created by hand.</summary>
public sealed record CreatePlanRequest(Guid GovernmentId, string? Title, string? Number, DateOnly? IssuedOn, string? Signer, DateOnly? PeriodFrom,
    DateOnly? PeriodTo, string? ParentPlanReference);
