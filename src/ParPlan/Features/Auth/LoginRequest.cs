namespace ParPlan.Features.Auth;

public sealed record LoginRequest(string? UserName, string? Password);
