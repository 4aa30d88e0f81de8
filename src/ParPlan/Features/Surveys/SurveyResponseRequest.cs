namespace ParPlan.Features.Surveys;

/// <summary>One response of the body of <c>POST /api/surveys/{id}/responses</c>: the sector, the unit if known, and a
/// score per element ("1".."5").</summary>
public sealed record SurveyResponseRequest(string? Sector, Guid? UnitId, Dictionary<string, int>? Answers);
