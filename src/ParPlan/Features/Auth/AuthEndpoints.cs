using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ParPlan.Features.Auth;

/// <summary><c>POST /api/auth/login</c>, <c>POST /api/auth/logout</c>, <c>GET /api/auth/me</c> and the logout form of the pages.</summary>
public static class AuthEndpoints
{
    public static WebApplication MapAuth(this WebApplication app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Xác thực");

        api.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithSummary("Đăng nhập bằng tên đăng nhập và mật khẩu; trả về cookie xác thực.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/logout", async (LoginService login) =>
            {
                await login.SignOutAsync();
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithSummary("Đăng xuất: xoá cookie xác thực và kết thúc mọi phiên của tài khoản.");

        api.MapGet("/me", (HttpContext ctx) => ToMe(CurrentUser.From(ctx.User)!))
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("Người dùng đang đăng nhập: vai trò và đơn vị.");

        // The pages' logout button: a form post with an anti-forgery token, then back to the login page.
        app.MapPost(AuthSetup.LogoutPath, async ([FromForm(Name = "returnUrl")] string? returnUrl, LoginService login) =>
            {
                await login.SignOutAsync();
                return TypedResults.LocalRedirect(AuthSetup.LoginPath);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

        app.MapUsers();
        return app;
    }

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> LoginAsync(LoginRequest request, LoginService login, HttpContext context)
    {
        var outcome = await login.SignInAsync(request.UserName, request.Password);
        if (outcome.Status == LoginStatus.TooManyAttempts)
        {
            context.Response.Headers.RetryAfter = outcome.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return outcome.Status switch
        {
            LoginStatus.Success => TypedResults.Ok(ToMe(outcome.User!, outcome.Role)),
            LoginStatus.LockedOut => TypedResults.Problem(
                title: "Tài khoản bị tạm khoá", detail: outcome.Message, statusCode: StatusCodes.Status423Locked,
                extensions: new Dictionary<string, object?> { ["retryAfterMinutes"] = outcome.LockoutMinutes }),
            LoginStatus.TooManyAttempts => TypedResults.Problem(
                title: "Quá nhiều lần đăng nhập", detail: outcome.Message, statusCode: StatusCodes.Status429TooManyRequests,
                extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = outcome.RetryAfterSeconds }),
            _ => TypedResults.Problem(
                title: "Đăng nhập không thành công", detail: outcome.Message, statusCode: StatusCodes.Status401Unauthorized),
        };
    }

    private static MeResponse ToMe(CurrentUser user) =>
        new(user.Id, user.UserName, user.DisplayName, user.Role, user.RoleName, user.UnitId);

    private static MeResponse ToMe(AppUser user, string? role) =>
        new(user.Id, user.UserName ?? "", user.DisplayName, role, role is null ? "" : Roles.DisplayName(role), user.UnitId);
}
