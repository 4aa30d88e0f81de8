namespace ParPlan.Features.Audit;

public sealed record AuditRow(long Id, DateTimeOffset At, string UserName, string EntityType, string EntityKey, AuditAction Action, string? Before, string? After);
