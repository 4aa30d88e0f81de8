namespace ParPlan.Core.Plans.Matching;

/// <summary>The result for one name. <see cref="Candidate"/> is null when unmatched or ignored.</summary>
public sealed record UnitMatch(string Text, MatchHow How, MatchCandidate? Candidate, double Score)
{
    public bool IsResolved => How is not MatchHow.Unmatched;
}
