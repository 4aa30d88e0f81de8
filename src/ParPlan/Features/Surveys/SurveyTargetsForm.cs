namespace ParPlan.Features.Surveys;

/// <summary>What the targets form of the results page shows: the overall target and each sector's floor with the version
/// read (0: not set yet, the value offered is D2's default, <see cref="SurveyTargetDefaults"/>), and whether the
/// user may change them.</summary>
public sealed record SurveyTargetsForm(decimal? Overall, long OverallVersion, IReadOnlyList<SurveyTargetsForm.Floor> Floors, bool MayWrite)
{
    public sealed record Floor(string Sector, decimal? Value, long Version);
}
