namespace ParPlan.Features.Reports;

/// <summary><c>POST /api/reports/{id}/waivers</c>: the child unit excused from the government's report, and why.</summary>
public sealed record WaiveChildRequest(Guid? ChildUnitId, string? Reason);
