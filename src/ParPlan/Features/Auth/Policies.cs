using Microsoft.AspNetCore.Authorization;

namespace ParPlan.Features.Auth;

/// <summary>Authorization policies named by purpose. Role gates only: whether the user may touch a given unit's data
/// is decided per object by <see cref="IUnitScope"/>.</summary>
public static class Policies
{
    /// <summary>Any signed-in user (every role may read something within its scope).</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Create and change plans, tasks and progress: administrator, standing-agency and unit officers.</summary>
    public const string EditPlans = "edit-plans";

    /// <summary>Issue and cascade plans, assign tasks: administrator and standing-agency officers.</summary>
    public const string ManagePlans = "manage-plans";

    /// <summary>Appraise self-assessments: administrator and appraisers.</summary>
    public const string Appraise = "appraise";

    /// <summary>Follow the progress of a whole government (the dashboard): administrator, standing-agency officers and
    /// leaders.</summary>
    public const string FollowProgress = "follow-progress";

    /// <summary>Read the organisation pages (units, groups, standing agencies) of one's government: administrator and
    /// standing-agency officers.</summary>
    public const string ReadOrganisation = "read-organisation";

    /// <summary>Organisation tree, users, backups: administrator only.</summary>
    public const string Administer = "administer";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(EditPlans, p => p.RequireRole(Roles.Admin, Roles.StandingOfficer, Roles.UnitOfficer));
        options.AddPolicy(ManagePlans, p => p.RequireRole(Roles.Admin, Roles.StandingOfficer));
        options.AddPolicy(Appraise, p => p.RequireRole(Roles.Admin, Roles.Appraiser));
        options.AddPolicy(FollowProgress, p => p.RequireRole(Roles.Admin, Roles.StandingOfficer, Roles.Leader));
        options.AddPolicy(ReadOrganisation, p => p.RequireRole(Roles.Admin, Roles.StandingOfficer));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Admin));
    }
}
