namespace ParPlan.Features.Audit;

/// <summary>One field of a change as the audit log shows it: Vietnamese name, value before and after in words.</summary>
public sealed record AuditFieldChange(string Field, string Before, string After);
