namespace ParPlan.Features.Auth;

/// <summary>What a user wants to do with a unit's data.</summary>
public enum ScopeAction
{
    Read,
    Write,
    Appraise,
    Administer,
}
