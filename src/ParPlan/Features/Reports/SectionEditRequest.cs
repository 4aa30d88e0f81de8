namespace ParPlan.Features.Reports;

/// <summary><c>PUT /api/reports/{id}/sections/{code}</c>: the section's new text and the report version it was read at.</summary>
public sealed record SectionEditRequest(string? Text, long? Version);
