using ParPlan.Core.Plans;

namespace ParPlan.Core.Reports;

/// <summary>Computes a report's figures from plain inputs as of the window's end. Work done after the window's end does
/// not count; a task is overdue when its deadline is before the window's end and it was not done by then.</summary>
public static class ReportFigureBuilder
{
    public static ReportFigures Build(DataWindow window, IEnumerable<ReportTaskInput> tasks, IEnumerable<ReportTargetInput>? targets = null,
        IEnumerable<ReportIndicatorInput>? indicators = null, IEnumerable<EvidenceInput>? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(tasks);
        var asOf = window.To;
        var areas = tasks
            .GroupBy(t => t.Area)
            .OrderBy(g => AreaNames.Order(g.Key))
            .Select(g => Area(g.Key, g.ToList(), asOf))
            .ToList();
        var total = areas.Aggregate(TaskFigures.Zero, (sum, a) => sum.Add(a.Figures));
        return new ReportFigures(window, areas, total, (targets ?? []).ToList(), (indicators ?? []).ToList(),
            (evidence ?? []).Where(e => window.Contains(e.IssuedOn)).OrderBy(e => e.IssuedOn).ToList());
    }

    private static AreaTaskFigures Area(string? area, List<ReportTaskInput> tasks, DateOnly asOf)
    {
        int done = 0, late = 0, inProgress = 0, notStarted = 0;
        var overdue = new List<OverdueTask>();
        foreach (var t in tasks)
        {
            if (t.DoneOn is { } d && d <= asOf)
            {
                if (t.DueOn is { } due && d > due)
                {
                    late++;
                }
                else
                {
                    done++;
                }
            }
            else if (t.DueOn is { } due && due < asOf)
            {
                overdue.Add(new OverdueTask(t.Ref, t.Title, t.Lead, due, asOf.DayNumber - due.DayNumber));
            }
            else if (t.StartedOn is { } s && s <= asOf)
            {
                inProgress++;
            }
            else
            {
                notStarted++;
            }
        }

        var figures = new TaskFigures(tasks.Count, done, late, inProgress, notStarted, overdue.Count);
        return new AreaTaskFigures(area, AreaNames.Of(area), figures, overdue.OrderBy(o => o.DueOn).ThenBy(o => o.Ref, StringComparer.Ordinal).ToList());
    }
}
