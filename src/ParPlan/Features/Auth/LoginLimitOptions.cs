namespace ParPlan.Features.Auth;

/// <summary>How many failed logins a minute are answered before the next attempt gets 429 (section <c>Login</c>).
/// Successful logins are not counted. Checked at start: each limit from 1 to 1000.</summary>
public sealed class LoginLimitOptions
{
    public const string Section = "Login";

    public const int Max = 1000;

    /// <summary>Failed logins a minute from one client address (an IPv6 client counts by its /64 network).</summary>
    public int FailuresPerClientPerMinute { get; set; } = 10;

    /// <summary>Failed logins a minute for one user name, whether it exists or not, from all clients together.</summary>
    public int FailuresPerUserNamePerMinute { get; set; } = 5;

    public static bool InRange(int limit) => limit is >= 1 and <= Max;

    public static string OutOfRange(string key) =>
        $"{Section}:{key} phải từ 1 đến {Max} (số lần đăng nhập sai được phép trong một phút).";
}
