namespace ParPlan.Core.Indicators;

/// <summary>A late dossier without an apology, kept for listing.</summary>
public sealed record LateDossier(
    string Code, string UnitCode, string? Field, string? ProcedureCode, string? ProcedureName,
    DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? FinishedAt);
