namespace ParPlan.Features.Plans;

/// <summary>One issuance or revision of a plan, with its diff lines.</summary>
public sealed record PlanRevisionDto(int Number, string Reason, IReadOnlyList<string> Diff, string CreatedBy, DateTimeOffset CreatedAt);
