using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace ParPlan.Features.Auth;

/// <summary>Password sign-in shared by the login page and <c>POST /api/auth/login</c>: slowed down by
/// <see cref="LoginThrottle"/>, counts failures towards lockout, and takes as long for an unknown user name as for a
/// wrong password. Sign-out ends the user's sessions (<see cref="SessionValidator"/>).</summary>
public sealed class LoginService(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher,
    LoginThrottle throttle, TimeProvider time)
{
    private static readonly AppUser Nobody = new() { UserName = "", DisplayName = "" };

    /// <summary>A hash of a random password with the same algorithm and cost as real ones; made once per process.</summary>
    private static string? nobodysHash;

    public async Task<LoginOutcome> SignInAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return new LoginOutcome(LoginStatus.InvalidCredentials);
        }

        var (attempt, retryAfter) = throttle.TryBegin(signIn.Context.Connection.RemoteIpAddress, userName);
        if (attempt is null)
        {
            return new LoginOutcome(LoginStatus.TooManyAttempts, RetryAfterSeconds: retryAfter);
        }

        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            // The same password hash verification a wrong password costs, so the answer time does not reveal which
            // user names exist.
            nobodysHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
            hasher.VerifyHashedPassword(Nobody, nobodysHash, password);
            return new LoginOutcome(LoginStatus.InvalidCredentials);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            throttle.Succeeded(attempt);
            var granted = await users.GetRolesAsync(user);
            return new LoginOutcome(LoginStatus.Success, User: user, Role: Roles.All.FirstOrDefault(granted.Contains));
        }

        if (result.IsLockedOut)
        {
            return new LoginOutcome(LoginStatus.LockedOut, await MinutesLeftAsync(user));
        }

        return new LoginOutcome(LoginStatus.InvalidCredentials);
    }

    /// <summary>Removes the cookie and rotates the user's security stamp, so a copy of the cookie no longer works.
    /// This ends every session of the user, on every device.</summary>
    public async Task SignOutAsync()
    {
        if (signIn.Context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && await users.FindByIdAsync(id) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
    }

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
