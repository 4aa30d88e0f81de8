namespace ParPlan.Features.Auth;

public sealed record MeResponse(string Id, string UserName, string DisplayName, string? Role, string RoleName, Guid? UnitId);
