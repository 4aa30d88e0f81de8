namespace ParPlan.Core.Reports;

/// <summary>A government's satisfaction surveys of the report's year (DOMAIN §7.5): how many campaigns, how many sectors
/// were surveyed with a floor to compare against, and the sectors below their floor. The overall SIPAS index reaches the
/// report through the target rows of indicator <c>survey.sipas-index</c>, so it is not repeated here.</summary>
public sealed record SurveyFigures(int Campaigns, int Sectors, IReadOnlyList<SectorShortfall> BelowFloor);
