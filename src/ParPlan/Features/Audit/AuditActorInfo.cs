namespace ParPlan.Features.Audit;

/// <summary>Who made a change.</summary>
public sealed record AuditActorInfo(string? UserId, string UserName);
