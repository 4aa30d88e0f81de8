namespace ParPlan.Core.Inspections;

/// <summary>An inspection plan's coverage: the units it counts against (its denominator), those inspected among them,
/// the rate in % and the target.</summary>
public sealed record InspectionCoverage(int Units, int Inspected, decimal? Target)
{
    public decimal? Rate => InspectionRules.Rate(Inspected, Units);

    public bool Reached => InspectionRules.Reached(Rate, Target);

    /// <summary>How many more units must be inspected to reach the target; 0 when reached or without a target.</summary>
    public int Missing => Target is { } t ? Math.Max(0, InspectionRules.Needed(t, Units) - Inspected) : 0;
}
