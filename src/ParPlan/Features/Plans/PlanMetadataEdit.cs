namespace ParPlan.Features.Plans;

/// <summary>The metadata of a plan as the edit form sends it.</summary>
public sealed record PlanMetadataEdit(string? Title, string? Number, DateOnly? IssuedOn, string? Signer, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    string? ParentPlanReference);
