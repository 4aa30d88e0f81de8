namespace ParPlan.Core.Surveys;

/// <summary>A campaign's results: overall, per element (keyed by element code), per sector and per unit (keyed by the
/// unit id's text).</summary>
public sealed record SurveyResult(int Responses, decimal? Overall, IReadOnlyList<SurveyIndex> Elements, IReadOnlyList<SurveyIndex> BySector,
    IReadOnlyList<SurveyIndex> ByUnit);
