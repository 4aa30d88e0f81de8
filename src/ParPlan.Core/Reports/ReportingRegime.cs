using ParPlan.Core.Plans;

namespace ParPlan.Core.Reports;

/// <summary>
/// A reporting regime (chế độ báo cáo, Decree 09/2019): its name, legal basis, receiving body, periods, and the outline
/// and annex templates its reports follow. The two shipped regimes are in <see cref="DefaultRegimes"/>; the standing
/// agency may edit a copy (records are values: use <c>with</c>). <see cref="AppliesTo"/> names its reporting units
/// (Decree 09/2019): the levels of government whose reports follow it. A government's agencies (sở, phòng) report
/// under their government's regimes.
/// </summary>
public sealed record ReportingRegime(
    string Code,
    string Name,
    string Basis,
    string ReceivingBody,
    IReadOnlyList<RegimePeriod> Periods,
    TemplateKeys Outline,
    TemplateKeys Annex,
    IReadOnlyList<GovernmentLevel> AppliesTo)
{
    /// <summary>Whether a government of <paramref name="level"/> reports under this regime.</summary>
    public bool AppliesToLevel(GovernmentLevel level) => AppliesTo.Contains(level);
}
