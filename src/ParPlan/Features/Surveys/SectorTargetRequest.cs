namespace ParPlan.Features.Surveys;

/// <summary>One sector's floor in <c>PUT /api/surveys/{id}/targets</c> (added to the contract).</summary>
public sealed record SectorTargetRequest(string? Sector, decimal? Floor);
