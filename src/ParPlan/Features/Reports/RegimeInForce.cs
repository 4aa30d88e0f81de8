using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports;

/// <summary>A regime as it stands for a government (<see cref="ReportRegimes.InForceAsync"/>): the regime, and the
/// government whose edited copy it is (the government itself, or the nearest government above it), null for the shipped
/// default.</summary>
public sealed record RegimeInForce(ReportingRegime Regime, Guid? CopyOf);
