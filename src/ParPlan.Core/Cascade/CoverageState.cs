namespace ParPlan.Core.Cascade;

/// <summary>How a lower government's plan takes up one parent task.</summary>
public enum CoverageState
{
    Covered,
    NotCovered,
    NotApplicable,
}
