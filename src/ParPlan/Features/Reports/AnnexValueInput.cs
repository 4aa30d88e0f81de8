namespace ParPlan.Features.Reports;

/// <summary>One typed-in annex row as sent: its template code, its value (empty clears it) and a note.</summary>
public sealed record AnnexValueInput(string? Code, decimal? Value, string? Note);
