using ParPlan.Core.Surveys;

namespace ParPlan.Features.Surveys;

/// <summary>A campaign's results with the government's targets for its year (overall, and each sector's floor).</summary>
public sealed record SurveyResults(Guid CampaignId, SurveyResult Result, decimal? OverallTarget, IReadOnlyList<SurveySectorResult> BySector);
