namespace ParPlan.Features.Records;

/// <summary>A late dossier as its record page shows it, with what was recorded so far (null fields when nothing) and
/// whether the user may record against it (its unit's officers and the standing officers above).</summary>
public sealed record LateDossierDetail(long Id, string Code, Guid UnitId, string UnitName, string? ProcedureName, DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt, DateTimeOffset? FinishedAt, string Status, bool Late, bool ApologisedInExport, LateDossierApology? Apology, bool CanWrite);
