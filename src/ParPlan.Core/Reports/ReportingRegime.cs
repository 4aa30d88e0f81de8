namespace ParPlan.Core.Reports;

/// <summary>
/// A reporting regime (chế độ báo cáo, Decree 09/2019): its name, legal basis, receiving body, periods, and the outline
/// and annex templates its reports follow. The two shipped regimes are in <see cref="DefaultRegimes"/>; the standing
/// agency may edit a copy (records are values: use <c>with</c>).
/// </summary>
public sealed record ReportingRegime(
    string Code,
    string Name,
    string Basis,
    string ReceivingBody,
    IReadOnlyList<RegimePeriod> Periods,
    TemplateKeys Outline,
    TemplateKeys Annex);
