namespace ParPlan.Core.Plans;

public sealed record PlanHeader
{
    public DocumentKind Kind { get; init; } = DocumentKind.Plan;
    public string? Title { get; init; }
    public string? Issuer { get; init; }
    public GovernmentLevel Level { get; init; } = GovernmentLevel.Unknown;
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DatePeriod? Period { get; init; }
    public string? StandingAgency { get; init; }
}
