namespace ParPlan.Core.Reports;

/// <summary>A report's commitment figures (DOMAIN §7.6) for the year of its window: commitments of that year signed by
/// the window's end, and of those, the ones whose every obligation has its year-end report by then.</summary>
public sealed record CommitmentFigures(int Signed, int Reported);
