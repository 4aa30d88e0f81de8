namespace ParPlan.Features.ParIndex;

/// <summary>A self-assessment the user still has work in: the set, its year and lock date, the areas the user's unit
/// scores (empty for the standing officer, who compiles the whole), and how many applicable criteria are scored.</summary>
public sealed record ParOwed(Guid AssessmentId, string GovernmentName, string SetName, int Year, DateOnly LockOn,
    IReadOnlyList<string> Areas, int Scored, int Applicable);
