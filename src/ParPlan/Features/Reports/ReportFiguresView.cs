using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports;

/// <summary>A report's numbers: task figures in total and per area, the overdue tasks with their lead units, targets,
/// dossier indicators (numerator, denominator, value in %) and the evidence documents dated in the window.</summary>
public sealed record ReportFiguresView(
    TaskFigures Tasks,
    IReadOnlyList<AreaTaskFigures> Areas,
    IReadOnlyList<ReportIndicatorInput> Indicators,
    IReadOnlyList<ReportTargetInput> Targets,
    IReadOnlyList<EvidenceInput> Evidence,
    IReadOnlyList<OverdueTask> Overdue)
{
    public static ReportFiguresView From(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new(figures.Total, figures.Areas, figures.Indicators, figures.Targets, figures.Evidence, figures.OverdueTasks.ToList());
    }
}
