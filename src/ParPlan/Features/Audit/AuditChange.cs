namespace ParPlan.Features.Audit;

/// <summary>One change as the audit log shows it: nothing in it is a code, a GUID, an ISO date or JSON.</summary>
public sealed record AuditChange(long Id, string At, string UserName, string Action, string Entity, string Subject,
    IReadOnlyList<AuditFieldChange> Fields);
