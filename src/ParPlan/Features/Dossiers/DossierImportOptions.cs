namespace ParPlan.Features.Dossiers;

/// <summary>Settings of the dossier import (section <c>Dossiers</c>).</summary>
public sealed class DossierImportOptions
{
    public const string Section = "Dossiers";

    /// <summary>Rows per transaction: a crash loses at most this chunk, and a re-run continues after the last one.</summary>
    public int ChunkSize { get; set; } = 50_000;

    /// <summary>Uploads up to this size are imported during the request (200); larger ones become a job (202).</summary>
    public long SmallFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Uploads over this size are refused with 413.</summary>
    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Rejected rows kept per import for the rejected-rows list (all are counted).</summary>
    public int MaxStoredRejections { get; set; } = 100_000;
}

/// <summary>The summary every import returns (CLI stdout, API body, import page).</summary>
public sealed record DossierImportResult(long BatchId, string Source, long RowsRead, long Imported, long Updated, long Rejected,
    IReadOnlyList<RejectedRow> Rejections, bool Resumed);

public sealed record RejectedRow(long Line, string Reason);
