namespace ParPlan.Core.Indicators;

public enum AttainmentStatus { Met, AtRisk, Missed, NoData }
