namespace ParPlan.Core.Tasks;

/// <summary>The reporting regimes an ongoing task reports against.</summary>
public enum ReportingCadence { Quarterly, SixMonth, NineMonth, Annual }
