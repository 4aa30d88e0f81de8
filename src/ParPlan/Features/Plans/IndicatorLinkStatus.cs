namespace ParPlan.Features.Plans;

/// <summary>Where a target stands in its link to the indicator catalogue: not yet reviewed (only a suggestion is shown),
/// confirmed by the standing officer (<see cref="PlanTarget.IndicatorCode"/> set), or marked as having no indicator.</summary>
public enum IndicatorLinkStatus
{
    Unreviewed,
    Confirmed,
    NoIndicator,
}
