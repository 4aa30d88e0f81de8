namespace ParPlan.Features.Plans;

public sealed record IssuePlanBody(string? Number, DateOnly? IssuedOn, long? Version);
