namespace ParPlan.Features.Surveys;

/// <summary>One sector's floor in <c>PUT /api/surveys/{id}/targets</c> (added to the contract). <paramref name="Version"/>,
/// when given, is the floor's version as read (0: the sector had none); a floor changed since is refused.</summary>
public sealed record SectorTargetRequest(string? Sector, decimal? Floor, long? Version = null);
