namespace ParPlan.Core.Reports;

/// <summary>A sector whose survey satisfaction index is below its floor (D2: at least 85% for land, construction,
/// investment, health and education), with the index and the floor in %.</summary>
public sealed record SectorShortfall(string Sector, decimal Index, decimal Floor);
