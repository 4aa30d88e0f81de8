namespace ParPlan.Features.Auth;

public enum LoginStatus
{
    Success,
    InvalidCredentials,
    LockedOut,
    TooManyAttempts,
}
