namespace ParPlan.Core.Reports;

/// <summary>What a report says in numbers, as of <see cref="AsOf"/> (the window's end): task figures per area and in
/// total, targets, indicators and the evidence documents dated in the window.</summary>
public sealed record ReportFigures(
    DataWindow Window,
    IReadOnlyList<AreaTaskFigures> Areas,
    TaskFigures Total,
    IReadOnlyList<ReportTargetInput> Targets,
    IReadOnlyList<ReportIndicatorInput> Indicators,
    IReadOnlyList<EvidenceInput> Evidence)
{
    public DateOnly AsOf => Window.To;

    /// <summary>Every overdue task, area by area.</summary>
    public IEnumerable<OverdueTask> OverdueTasks => Areas.SelectMany(a => a.Overdue);
}
