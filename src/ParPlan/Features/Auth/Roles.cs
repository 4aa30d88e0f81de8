namespace ParPlan.Features.Auth;

/// <summary>The five roles of ParPlan. The names are stored in Identity's role table.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string StandingOfficer = "standing-officer";
    public const string UnitOfficer = "unit-officer";
    public const string Leader = "leader";
    public const string Appraiser = "appraiser";

    public static readonly IReadOnlyList<string> All = [Admin, StandingOfficer, UnitOfficer, Leader, Appraiser];

    public static string DisplayName(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        StandingOfficer => "Cán bộ cơ quan thường trực",
        UnitOfficer => "Cán bộ đơn vị",
        Leader => "Lãnh đạo (chỉ xem)",
        Appraiser => "Cán bộ thẩm định",
        _ => role,
    };
}
