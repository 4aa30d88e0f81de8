namespace ParPlan.Core.ParIndex;

/// <summary>The measures a ratio rule may name besides the indicator catalogue's codes.</summary>
public static class ParMeasures
{
    public const string PlanTasksDoneOnTime = "plan.tasks-done-on-time";
    public const string ReportsOnTime = "reports.on-time";
    public const string InspectionsCoverage = "inspections.coverage";

    public static readonly IReadOnlyList<string> Own = [PlanTasksDoneOnTime, ReportsOnTime, InspectionsCoverage];

    /// <summary>True for one of <see cref="Own"/> or a code of the indicator catalogue.</summary>
    public static bool IsKnown(string? measure) =>
        measure is not null && (Own.Contains(measure) || Indicators.IndicatorCatalog.Find(measure) is not null);
}
