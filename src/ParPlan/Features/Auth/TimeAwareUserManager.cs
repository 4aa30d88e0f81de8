using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ParPlan.Features.Auth;

/// <summary>Identity's user manager with lockout on the injected <see cref="TimeProvider"/> instead of the wall clock,
/// so lockout start, expiry and the "minutes left" message agree (and tests can move time). A lock set from outside
/// (an administrator, a script) also rotates the security stamp, which ends the user's sessions; the lock that wrong
/// passwords cause does not, so whoever types them cannot log the real user out.</summary>
public sealed class TimeAwareUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    TimeProvider time)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<bool> IsLockedOutAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!SupportsUserLockout || !await GetLockoutEnabledAsync(user))
        {
            return false;
        }

        var end = await GetLockoutEndDateAsync(user);
        return end is { } e && e >= time.GetUtcNow();
    }

    public override async Task<IdentityResult> SetLockoutEndDateAsync(AppUser user, DateTimeOffset? lockoutEnd)
    {
        var result = await base.SetLockoutEndDateAsync(user, lockoutEnd);
        return result.Succeeded && lockoutEnd is { } end && end > time.GetUtcNow()
            ? await UpdateSecurityStampAsync(user)
            : result;
    }

    public override async Task<IdentityResult> AccessFailedAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Store is not IUserLockoutStore<AppUser> lockout)
        {
            return await base.AccessFailedAsync(user);
        }

        var count = await lockout.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count < Options.Lockout.MaxFailedAccessAttempts)
        {
            return await UpdateUserAsync(user);
        }

        Logger.LogWarning("Tài khoản {UserName} bị tạm khoá sau {Count} lần nhập sai mật khẩu.", user.UserName, count);
        await lockout.SetLockoutEndDateAsync(user, time.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
        await lockout.ResetAccessFailedCountAsync(user, CancellationToken);
        return await UpdateUserAsync(user);
    }
}
