namespace ParPlan.Core.Dossiers;

/// <summary>Progress of a read: rows seen (accepted + rejected), rejected rows, bytes consumed and total when known.</summary>
public readonly record struct DossierReadProgress(long Rows, long Rejected, long Bytes, long? TotalBytes);
