namespace ParPlan.Features.Reports;

/// <summary><c>PUT /api/reports/{id}/annex</c>: the typed-in annex rows to change (by code; rows not named keep their
/// values) and the version the user read.</summary>
public sealed record AnnexEditRequest(IReadOnlyList<AnnexValueInput>? Rows, long? Version);
