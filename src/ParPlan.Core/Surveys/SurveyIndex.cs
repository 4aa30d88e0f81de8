namespace ParPlan.Core.Surveys;

/// <summary>An index in % (2 decimals; null without an answer) over <paramref name="Responses"/> responses.</summary>
public sealed record SurveyIndex(string Key, int Responses, decimal? Index);
