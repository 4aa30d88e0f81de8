using System.Security.Claims;

namespace ParPlan.Features.Auth;

public static class ClaimsPrincipalExtensions
{
    public static CurrentUser? ToCurrentUser(this ClaimsPrincipal? principal) => CurrentUser.From(principal);
}
