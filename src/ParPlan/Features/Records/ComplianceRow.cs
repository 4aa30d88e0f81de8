using ParPlan.Core.Records;

namespace ParPlan.Features.Records;

/// <summary>One unit's apology compliance for a period, read from the stored indicator values: late dossiers (the
/// denominator of <c>dossier.late-apology-rate</c>) and those explained and apologised for (its numerator).</summary>
public sealed record ComplianceRow(Guid UnitId, string UnitName, ApologyCompliance Compliance);
