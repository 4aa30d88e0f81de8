namespace ParPlan.Features.Dossiers;

/// <summary>What the mapping page shows: the file's head, the suggested file column per canonical column and the
/// suggested codes of the status, channel and service-level values found in the sample.</summary>
public sealed record ColumnMapView(ImportBatch Batch, DossierFilePreview Preview, IReadOnlyDictionary<string, string> Columns,
    IReadOnlyDictionary<string, IReadOnlyList<ValueChoice>> Values);
