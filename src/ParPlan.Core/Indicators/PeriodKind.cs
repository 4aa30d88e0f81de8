namespace ParPlan.Core.Indicators;

/// <summary>Kinds of reporting period. Every kind is a run of whole months of one year.</summary>
public enum PeriodKind { Year, Half, Quarter, Month, NineMonths }
