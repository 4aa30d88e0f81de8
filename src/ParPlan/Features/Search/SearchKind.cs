namespace ParPlan.Features.Search;

public enum SearchKind
{
    Plan,
    Task,
    Evidence,
}
