namespace ParPlan.Core.Reports;

/// <summary>A child report's figures frozen at submission: task figures per area code and indicator counts.</summary>
public sealed record FigureSnapshot(string UnitId, string UnitName, IReadOnlyDictionary<string, TaskFigures> Areas, IReadOnlyList<ReportIndicatorInput> Indicators)
{
    public static FigureSnapshot From(string unitId, string unitName, ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new(unitId, unitName, figures.Areas.ToDictionary(a => a.Area ?? "", a => a.Figures, StringComparer.Ordinal), figures.Indicators);
    }

    public TaskFigures Total => Areas.Values.Aggregate(TaskFigures.Zero, (s, f) => s.Add(f));
}
