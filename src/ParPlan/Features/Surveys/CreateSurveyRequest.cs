namespace ParPlan.Features.Surveys;

/// <summary>The body of <c>POST /api/surveys</c> (http-api.md, "Surveys").</summary>
public sealed record CreateSurveyRequest(Guid? GovernmentId, int? Year, string? Title);
