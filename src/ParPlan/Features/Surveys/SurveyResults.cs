using ParPlan.Core.Surveys;

namespace ParPlan.Features.Surveys;

/// <summary>A campaign's results with the government's targets for its year (overall, and each sector's floor), the
/// names of its units, and the per-transaction dossier ratings of the same government and year as a separate source.</summary>
public sealed record SurveyResults(Guid CampaignId, SurveyResult Result, decimal? OverallTarget, IReadOnlyList<SurveySectorResult> BySector)
{
    public SurveyCampaign? Campaign { get; init; }

    public string GovernmentName { get; init; } = "";

    public IReadOnlyList<SurveyQuestion> Questions { get; init; } = [];

    public IReadOnlyDictionary<string, string> UnitNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The one-stop export's rating column (<c>dossier.satisfaction-rate</c> on the board): never mixed into the survey.</summary>
    public SurveyDossierRatings? DossierRatings { get; init; }

    /// <summary>True when the overall index reaches the overall target; null without either.</summary>
    public bool? OverallMet => OverallTarget is { } t && Result.Overall is { } v ? v >= t : null;
}
