namespace ParPlan.Core.ParIndex;

/// <summary>A read criteria set, or the Vietnamese problems that refuse it (each naming the code at fault).</summary>
public sealed record CriteriaReadResult(CriteriaSet? Set, IReadOnlyList<string> Problems)
{
    public bool IsValid => Set is not null && Problems.Count == 0;
}
