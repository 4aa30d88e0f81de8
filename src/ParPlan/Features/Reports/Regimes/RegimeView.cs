using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports.Regimes;

/// <summary>A regime as it stands for a government: the regime, whether it is the government's own edited copy, the name
/// of the upper government whose copy it follows otherwise (null for the shipped default), whether the government's
/// reports follow it (its level is among the regime's reporting units), its version for the edit forms, and who last
/// changed it.</summary>
public sealed record RegimeView(ReportingRegime Regime, bool Edited, long Version, string? UpdatedBy, DateTimeOffset? UpdatedAt,
    bool Applies = true, string? CopyOf = null);
