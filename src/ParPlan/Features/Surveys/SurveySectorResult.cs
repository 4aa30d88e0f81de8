namespace ParPlan.Features.Surveys;

/// <summary>A sector's index against its target (its floor, or the overall target); <see cref="Met"/> null without either.</summary>
public sealed record SurveySectorResult(string Sector, int Responses, decimal? Index, decimal? Target, bool? Met);
