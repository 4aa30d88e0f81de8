namespace ParPlan.Features.Inspections;

/// <summary><c>POST /api/inspections</c>: the contract's fields plus the kind (<c>planned</c>, <c>unscheduled</c>,
/// <c>self-inspection</c>; planned when absent) and, for a chosen denominator, the units that count. Without
/// <see cref="CoverageTarget"/> a planned inspection takes the target of the government's plan for the year.</summary>
public sealed record CreateInspectionRequest(Guid? GovernmentId, int? Year, string? Title, decimal? CoverageTarget, string? Kind = null,
    IReadOnlyList<Guid>? DenominatorUnitIds = null);
