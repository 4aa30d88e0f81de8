namespace ParPlan.Features.Audit;

public sealed record AuditResult(IReadOnlyList<AuditRow> Rows, int Total, int Page, IReadOnlyList<string> EntityTypes);
