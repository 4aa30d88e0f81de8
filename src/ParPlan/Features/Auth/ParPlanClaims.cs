namespace ParPlan.Features.Auth;

/// <summary>Claim types ParPlan adds to the auth cookie.</summary>
public static class ParPlanClaims
{
    public const string UnitId = "parplan:unit";
    public const string DisplayName = "parplan:display-name";
}
