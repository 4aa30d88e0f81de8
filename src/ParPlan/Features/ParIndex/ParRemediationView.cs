namespace ParPlan.Features.ParIndex;

/// <summary>A remediation proposal as <c>GET /api/par/assessments/{id}/remediation</c> gives it, with the linked plan
/// task and its status once accepted (codes for the API; the pages show their labels).</summary>
public sealed record ParRemediationView(
    Guid Id,
    string Code,
    string CriterionTitle,
    decimal MaxPoints,
    decimal Points,
    decimal LostPoints,
    int PlanYear,
    string Title,
    string Area,
    Guid? LeadUnitId,
    string? LeadUnitName,
    DateOnly? DueOn,
    string Status,
    string? Note,
    Guid? PlanId,
    string? PlanTitle,
    Guid? TaskId,
    string? TaskRef,
    string? TaskStatus,
    long Version);
