namespace ParPlan.Features.Dossiers;

/// <summary>A row the import left out: its line as a spreadsheet shows it, and why, in Vietnamese.</summary>
public sealed record RejectedRow(long Line, string Reason);
