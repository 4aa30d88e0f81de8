namespace ParPlan.Features.Surveys;

/// <summary>The satisfaction targets of a campaign's government and year: the overall target (the board's target of
/// <c>survey.sipas-index</c>; null leaves it as it is) with its version as read (0: none was set), and the sector floors.</summary>
public sealed record SurveyTargetsRequest(decimal? Overall, long? OverallVersion, IReadOnlyList<SectorTargetRequest?> Sectors);
