namespace ParPlan.Features.Indicators;

/// <summary>An estimated Decision 766 group score (<paramref name="Group"/> is the stored code, "total" for the sum; see
/// <see cref="Core.Labels.Decision766GroupLabels"/>) and the most points it could score.</summary>
public sealed record Estimate766Row(string Group, decimal? Points, decimal? MaxPoints);
