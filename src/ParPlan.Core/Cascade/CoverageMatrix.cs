namespace ParPlan.Core.Cascade;

/// <summary>Parent tasks × lower governments: covered by a linked child task, not covered, or not applicable with a
/// reason (the task names no role for the government, or the officer waived it). Roll-up: of the governments a task
/// applies to, the share whose linked child task is done.</summary>
public sealed class CoverageMatrix
{
    public const string NotAssigned = "Nhiệm vụ không giao cho địa phương này";

    private CoverageMatrix(IReadOnlyList<ParentTaskReach> tasks, IReadOnlyList<Guid> governments, CoverageCell[,] cells)
    {
        Tasks = tasks;
        Governments = governments;
        Cells = cells;
    }

    public IReadOnlyList<ParentTaskReach> Tasks { get; }

    public IReadOnlyList<Guid> Governments { get; }

    /// <summary>[task, government] in the order of <see cref="Tasks"/> and <see cref="Governments"/>.</summary>
    public CoverageCell[,] Cells { get; }

    public static CoverageMatrix Build(IReadOnlyList<ParentTaskReach> tasks, IReadOnlyList<Guid> governments, IEnumerable<ChildLink> links,
        IEnumerable<CoverageWaiver> waivers)
    {
        var linked = new Dictionary<(Guid Task, Guid Government), bool>();
        foreach (var l in links)
        {
            linked[(l.ParentTaskId, l.GovernmentId)] = linked.GetValueOrDefault((l.ParentTaskId, l.GovernmentId)) || l.Done;
        }

        var waived = new Dictionary<(Guid Task, Guid Government), string>();
        foreach (var w in waivers)
        {
            waived[(w.ParentTaskId, w.GovernmentId)] = w.Reason;
        }

        var cells = new CoverageCell[tasks.Count, governments.Count];
        for (var t = 0; t < tasks.Count; t++)
        {
            for (var g = 0; g < governments.Count; g++)
            {
                var key = (tasks[t].TaskId, governments[g]);
                cells[t, g] = linked.TryGetValue(key, out var done) ? new CoverageCell(CoverageState.Covered, null, done)
                    : waived.TryGetValue(key, out var reason) ? new CoverageCell(CoverageState.NotApplicable, reason, false)
                    : tasks[t].Governments.Contains(governments[g]) ? new CoverageCell(CoverageState.NotCovered, null, false)
                    : new CoverageCell(CoverageState.NotApplicable, NotAssigned, false);
            }
        }

        return new CoverageMatrix(tasks, governments, cells);
    }

    /// <summary>For one government: the parent tasks that apply to it and how many its plan covers.</summary>
    public (int ParentTasks, int Covered) ForGovernment(int g)
    {
        var (applicable, covered) = (0, 0);
        for (var t = 0; t < Tasks.Count; t++)
        {
            var state = Cells[t, g].State;
            applicable += state == CoverageState.NotApplicable ? 0 : 1;
            covered += state == CoverageState.Covered ? 1 : 0;
        }

        return (applicable, covered);
    }

    /// <summary>For one parent task: the governments it applies to, those covering it, those done, and the roll-up share
    /// done (0–100, null when it applies to none).</summary>
    public (int Applicable, int Covered, int Done, decimal? Share) ForTask(int t)
    {
        var (applicable, covered, done) = (0, 0, 0);
        for (var g = 0; g < Governments.Count; g++)
        {
            var cell = Cells[t, g];
            applicable += cell.State == CoverageState.NotApplicable ? 0 : 1;
            covered += cell.State == CoverageState.Covered ? 1 : 0;
            done += cell.State == CoverageState.Covered && cell.Done ? 1 : 0;
        }

        return (applicable, covered, done, applicable == 0 ? null : Math.Round(100m * done / applicable, 1));
    }

    /// <summary>Per area (tasks without an area under ""): applicable cells, covered cells, done cells.</summary>
    public IReadOnlyList<(string Area, int Applicable, int Covered, int Done)> ByArea() =>
        Enumerable.Range(0, Tasks.Count).GroupBy(t => Tasks[t].Area ?? "")
            .Select(g => g.Select(ForTask).Aggregate((Area: g.Key, Applicable: 0, Covered: 0, Done: 0),
                (a, x) => (a.Area, a.Applicable + x.Applicable, a.Covered + x.Covered, a.Done + x.Done)))
            .ToList();
}
