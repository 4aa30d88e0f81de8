namespace ParPlan.Features.Indicators;

/// <summary>One dossier of a drill-down list; <see cref="UnitName"/> is the name of its unit (the code travels only in the API).
/// <see cref="Apologised"/> is true when the export flags it or an officer recorded its explanation and apology.</summary>
public sealed record DossierListItem(string Code, string UnitCode, string? ProcedureName, string? Field, DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt, DateTimeOffset? FinishedAt, string Status, bool Late, bool? Apologised, bool OpenPastDue)
{
    public string UnitName { get; init; } = "";

    /// <summary>The stored dossier's id, for the pages that record against it (the explanation and apology).</summary>
    public long Id { get; init; }
}
