using Microsoft.AspNetCore.Identity;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Demo;

/// <summary>The demo logins of contracts/cli.md, created through Identity's managers.</summary>
public sealed class DemoUsers(UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public const string Password = "ParPlan@2026";

    /// <summary>User name, role, display name, scope unit code (null = everything).</summary>
    public static readonly IReadOnlyList<(string UserName, string Role, string DisplayName, string? UnitCode)> All =
    [
        ("admin", Roles.Admin, "Quản trị hệ thống", null),
        ("thuongtruc.tinh", Roles.StandingOfficer, "Cán bộ thường trực CCHC tỉnh", "QT"),
        ("thuongtruc.vinhlinh", Roles.StandingOfficer, "Cán bộ thường trực CCHC xã Vĩnh Linh", "QT.XA.VINHLINH"),
        ("donvi.vinhlinh.vhxh", Roles.UnitOfficer, "Cán bộ Phòng Văn hoá – Xã hội xã Vĩnh Linh", "QT.XA.VINHLINH.VHXH"),
        ("donvi.vinhlinh.hcc", Roles.UnitOfficer, "Cán bộ Trung tâm PVHCC xã Vĩnh Linh", "QT.XA.VINHLINH.HCC"),
        ("donvi.vinhthuy.vhxh", Roles.UnitOfficer, "Cán bộ Phòng Văn hóa - Xã hội xã Vĩnh Thủy", "QT.XA.VINHTHUY.VHXH"),
        ("lanhdao.tinh", Roles.Leader, "Lãnh đạo UBND tỉnh", "QT"),
        ("thamdinh.tinh", Roles.Appraiser, "Cán bộ thẩm định Sở Nội vụ", "QT.SNV"),
    ];

    public async Task CreateAsync(IReadOnlyDictionary<string, Guid> unitsByCode)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        foreach (var (userName, role, displayName, unitCode) in All)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = userName,
                DisplayName = displayName,
                UnitId = unitCode is null ? null : unitsByCode[unitCode],
                EmailConfirmed = true,
            };
            Check(await users.CreateAsync(user, Password), userName);
            Check(await users.AddToRoleAsync(user, role), userName);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user/role '{what}': {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
