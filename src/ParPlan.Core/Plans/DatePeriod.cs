namespace ParPlan.Core.Plans;

/// <summary>An inclusive date range.</summary>
public sealed record DatePeriod(DateOnly From, DateOnly To);
