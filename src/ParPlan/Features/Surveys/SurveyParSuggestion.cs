namespace ParPlan.Features.Surveys;

/// <summary>The survey points a PAR INDEX appraiser may enter from the year's survey: the unit's index, the points it
/// gives on the criteria set's survey scale (index × maximum ÷ 100) and the campaign it comes from.</summary>
public sealed record SurveyParSuggestion(decimal Index, decimal Points, decimal MaxPoints, string Campaign, int Responses);
