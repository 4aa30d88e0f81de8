using Microsoft.AspNetCore.Identity;

namespace ParPlan.Features.Auth;

/// <summary>A ParPlan login. <see cref="UnitId"/> is the scope the user acts for: their own unit for a unit officer,
/// the government (UBND) for a standing-agency officer or leader, the appraising agency for an appraiser.</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMax = 200;

    public string DisplayName { get; set; } = "";

    public Guid? UnitId { get; set; }
}
