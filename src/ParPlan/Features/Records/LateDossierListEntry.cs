using ParPlan.Features.Indicators;

namespace ParPlan.Features.Records;

/// <summary>A dossier of the list still lacking its explanation or apology, with what part of it is recorded.</summary>
public sealed record LateDossierListEntry(DossierListItem Dossier, bool HasExplanation, bool HasLetter);
