using ParPlan.Core.Plans;

namespace ParPlan.Features.Reports.Regimes;

/// <summary>The regime-wide fields the standing agency edits: name, legal basis, receiving body, the outline and annex
/// templates (lower governments' annex, and the agencies' own when it differs), and the levels of government whose
/// reports follow the regime (its reporting units; null keeps them).</summary>
public sealed record RegimeEdit(string Name, string Basis, string ReceivingBody, string OutlineKey, string AnnexKey, string? AgencyAnnexKey,
    IReadOnlyList<GovernmentLevel>? AppliesTo = null);
