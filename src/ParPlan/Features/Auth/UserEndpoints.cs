using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Auth;

/// <summary><c>GET /api/users</c>: the logins with role, unit and lockout state (administrator only).</summary>
public static class UserEndpoints
{
    public static WebApplication MapUsers(this WebApplication app)
    {
        app.MapGroup("/api/users").WithTags("Người dùng").RequireAuthorization(Policies.Administer)
            .MapGet("/", ListAsync)
            .WithSummary("Danh sách tài khoản (chỉ quản trị hệ thống).");
        return app;
    }

    public static async Task<Ok<List<UserItem>>> ListAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.UnitId, u.LockoutEnd })
            .ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var roleOf = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => Roles.All.FirstOrDefault(role => g.Any(x => x.Name == role)));
        return TypedResults.Ok(users.Select(u => new UserItem(u.Id, u.UserName ?? "", u.DisplayName, roleOf.GetValueOrDefault(u.Id), u.UnitId,
            u.LockoutEnd is { } end && end > now)).ToList());
    }
}
