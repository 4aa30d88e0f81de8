namespace ParPlan.Features.Dossiers;

/// <summary>One import job as its page shows it: the batch, its live counters and its first rejected rows.</summary>
public sealed record ImportJobView(ImportBatch Batch, DossierEndpoints.ImportJobDto Job, IReadOnlyList<ImportRejection> Rejections);
