namespace ParPlan.Features.Dossiers;

/// <summary>The summary every import returns (CLI stdout, API body, import page).</summary>
public sealed record DossierImportResult(long BatchId, string Source, long RowsRead, long Imported, long Updated, long Rejected,
    IReadOnlyList<RejectedRow> Rejections, bool Resumed);
