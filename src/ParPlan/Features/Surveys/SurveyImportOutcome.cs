namespace ParPlan.Features.Surveys;

/// <summary>How many responses were stored, and why each refused one (by its position in the request, from 0) was refused.</summary>
public sealed record SurveyImportOutcome(int Imported, IReadOnlyList<(int Index, string Reason)> Rejected);
