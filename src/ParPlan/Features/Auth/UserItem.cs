namespace ParPlan.Features.Auth;

public sealed record UserItem(string Id, string UserName, string DisplayName, string? Role, Guid? UnitId, bool LockedOut);
