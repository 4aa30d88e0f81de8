namespace ParPlan.Features.Auth;

/// <summary>A login attempt let through by <see cref="LoginThrottle"/>; hand it back with
/// <see cref="LoginThrottle.Succeeded"/> when the password was right, so successful logins cost nothing.</summary>
public sealed record LoginAttempt(string ClientKey, string UserNameKey, DateTimeOffset At);
