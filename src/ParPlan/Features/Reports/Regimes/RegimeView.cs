using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports.Regimes;

/// <summary>A regime in force for a government: the regime, whether it is the government's edited copy (else the
/// shipped default), its version for the edit forms, and who last changed it.</summary>
public sealed record RegimeView(ReportingRegime Regime, bool Edited, long Version, string? UpdatedBy, DateTimeOffset? UpdatedAt);
