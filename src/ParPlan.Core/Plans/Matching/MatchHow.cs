namespace ParPlan.Core.Plans.Matching;

/// <summary>How a name was resolved.</summary>
public enum MatchHow
{
    Remembered,
    Exact,
    Fuzzy,
    Ignored,
    Unmatched,
}
