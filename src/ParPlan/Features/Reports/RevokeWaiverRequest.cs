namespace ParPlan.Features.Reports;

/// <summary><c>POST /api/reports/{id}/waivers/{childUnitId}/revoke</c>: why the waiver is withdrawn, and optionally the
/// version of the government's report the user read.</summary>
public sealed record RevokeWaiverRequest(string? Reason, long? Version = null);
