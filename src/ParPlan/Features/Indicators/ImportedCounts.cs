using ParPlan.Core.Indicators;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Indicators;

/// <summary>The counts an import accumulated while filling an empty store (<see cref="DossierImporter.Counts"/>), as
/// of <paramref name="AsOf"/>.</summary>
public sealed record ImportedCounts(long BatchId, DateTimeOffset AsOf, DossierYearsAccumulator Counts);
