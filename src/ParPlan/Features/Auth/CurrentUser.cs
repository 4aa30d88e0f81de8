using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ParPlan.Features.Auth;

/// <summary>The signed-in user as features see it: one call on <see cref="ClaimsPrincipal"/>.</summary>
public sealed record CurrentUser(string Id, string UserName, string DisplayName, string? Role, Guid? UnitId)
{
    public bool IsAdmin => Role == Roles.Admin;

    public string RoleName => Role is null ? "" : Roles.DisplayName(Role);

    public static CurrentUser? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? "";
        var display = principal.FindFirstValue(ParPlanClaims.DisplayName) is { Length: > 0 } d ? d : name;
        // One role per user; if several were granted, the most powerful one decides.
        var role = Roles.All.FirstOrDefault(principal.IsInRole);
        Guid? unit = Guid.TryParse(principal.FindFirstValue(ParPlanClaims.UnitId), out var u) ? u : null;
        return new CurrentUser(id, name, display, role, unit);
    }
}
