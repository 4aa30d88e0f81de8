namespace ParPlan.Features.Surveys;

/// <summary>The year's per-transaction ratings from the one-stop export: dossiers rated 4–5, dossiers rated, and their share.</summary>
public sealed record SurveyDossierRatings(long? Satisfied, long? Rated, decimal? Rate, decimal? Target);
