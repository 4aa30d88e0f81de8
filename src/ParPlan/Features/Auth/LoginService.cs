using Microsoft.AspNetCore.Identity;

namespace ParPlan.Features.Auth;

public enum LoginStatus
{
    Success,
    InvalidCredentials,
    LockedOut,
}

public sealed record LoginOutcome(LoginStatus Status, int LockoutMinutes = 0, AppUser? User = null, string? Role = null)
{
    /// <summary>The Vietnamese message for the login form and the API problem detail.</summary>
    public string Message => Status switch
    {
        LoginStatus.Success => "Đăng nhập thành công.",
        LoginStatus.LockedOut => LockedOutMessage(LockoutMinutes),
        _ => "Tên đăng nhập hoặc mật khẩu không đúng.",
    };

    public static string LockedOutMessage(int minutes) =>
        $"Tài khoản bị tạm khoá do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {minutes} phút.";
}

/// <summary>Password sign-in shared by the login page and <c>POST /api/auth/login</c>; counts failures towards lockout.</summary>
public sealed class LoginService(SignInManager<AppUser> signIn, UserManager<AppUser> users, TimeProvider time)
{
    public async Task<LoginOutcome> SignInAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return new LoginOutcome(LoginStatus.InvalidCredentials);
        }

        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            return new LoginOutcome(LoginStatus.InvalidCredentials);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var granted = await users.GetRolesAsync(user);
            return new LoginOutcome(LoginStatus.Success, User: user, Role: Roles.All.FirstOrDefault(granted.Contains));
        }

        if (result.IsLockedOut)
        {
            return new LoginOutcome(LoginStatus.LockedOut, await MinutesLeftAsync(user));
        }

        return new LoginOutcome(LoginStatus.InvalidCredentials);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    private async Task<int> MinutesLeftAsync(AppUser user)
    {
        var end = await users.GetLockoutEndDateAsync(user);
        if (end is null)
        {
            return 1;
        }

        var left = end.Value - time.GetUtcNow();
        return Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
    }
}
