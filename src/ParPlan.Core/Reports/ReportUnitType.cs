namespace ParPlan.Core.Reports;

/// <summary>Who writes a report, for choosing its outline and annex: agencies (sở, phòng, ban) and lower governments
/// (UBND cấp dưới) are often asked for different annexes.</summary>
public enum ReportUnitType { Agency, Government }
