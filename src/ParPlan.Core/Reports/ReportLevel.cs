namespace ParPlan.Core.Reports;

/// <summary>
/// A step of the reporting flow, named by who sends (DOMAIN §7.2): a unit sends to its standing agency, the standing
/// agency sends the consolidated draft to its government (UBND), the government sends to the upper level, and the upper
/// level sends on (a province to the ministry).
/// </summary>
public enum ReportLevel { Unit, StandingAgency, Government, UpperLevel }
