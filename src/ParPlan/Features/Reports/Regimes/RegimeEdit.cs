namespace ParPlan.Features.Reports.Regimes;

/// <summary>The regime-wide fields the standing agency edits: name, legal basis, receiving body, and the outline and
/// annex templates (lower governments' annex, and the agencies' own when it differs).</summary>
public sealed record RegimeEdit(string Name, string Basis, string ReceivingBody, string OutlineKey, string AnnexKey, string? AgencyAnnexKey);
