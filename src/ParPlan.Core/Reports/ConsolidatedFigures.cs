namespace ParPlan.Core.Reports;

/// <summary>A government's figures summed from its children's snapshots: one row per child (its totals), the sums per
/// area, the grand total, and each indicator with summed numerator and denominator.</summary>
public sealed record ConsolidatedFigures(
    IReadOnlyList<(string UnitId, string UnitName, TaskFigures Total)> Rows,
    IReadOnlyDictionary<string, TaskFigures> Areas,
    TaskFigures Total,
    IReadOnlyList<ReportIndicatorInput> Indicators);
