namespace ParPlan.Features.Auth;

public sealed record LoginOutcome(LoginStatus Status, int LockoutMinutes = 0, AppUser? User = null, string? Role = null, int RetryAfterSeconds = 0)
{
    /// <summary>The Vietnamese message for the login form and the API problem detail.</summary>
    public string Message => Status switch
    {
        LoginStatus.Success => "Đăng nhập thành công.",
        LoginStatus.LockedOut => LockedOutMessage(LockoutMinutes),
        LoginStatus.TooManyAttempts => TooManyAttemptsMessage(RetryAfterSeconds),
        _ => "Tên đăng nhập hoặc mật khẩu không đúng.",
    };

    public static string LockedOutMessage(int minutes) =>
        $"Tài khoản bị tạm khoá do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau {minutes} phút.";

    public static string TooManyAttemptsMessage(int seconds) =>
        $"Quá nhiều lần đăng nhập không thành công. Vui lòng thử lại sau {seconds} giây.";
}
