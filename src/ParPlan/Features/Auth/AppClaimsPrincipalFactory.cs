using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ParPlan.Features.Auth;

/// <summary>Puts the user's unit and display name into the cookie next to Identity's name and role claims.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ParPlanClaims.DisplayName, user.DisplayName));
        if (user.UnitId is { } unit)
        {
            identity.AddClaim(new Claim(ParPlanClaims.UnitId, unit.ToString()));
        }

        return identity;
    }
}
