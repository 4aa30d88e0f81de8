namespace ParPlan.Core.Tasks;

/// <summary>Where a unit stands on a task's occurrences on a given day.</summary>
public sealed record DueStatus(DateOnly? DueDate, bool Overdue, TaskOccurrence? Current, int OverdueDays)
{
    /// <summary>
    /// The current occurrence is the earliest dated one not yet satisfied (its due date may be past: then the task is
    /// overdue); when every dated occurrence is satisfied, there is nothing due and nothing overdue.
    /// A task closed as a whole (<paramref name="closed"/>) is never overdue.
    /// </summary>
    public static DueStatus Evaluate(IReadOnlyList<TaskOccurrence> occurrences, DateOnly today, bool closed = false,
        IReadOnlySet<string>? satisfiedKeys = null)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var dated = occurrences.Where(o => o.Due is not null).OrderBy(o => o.Due).ToList();
        if (closed) return new DueStatus(dated.LastOrDefault()?.Due, false, null, 0);
        var open = dated.FirstOrDefault(o => satisfiedKeys is null || !satisfiedKeys.Contains(o.Key));
        if (open is null) return new DueStatus(null, false, null, 0);
        var late = open.Due!.Value < today;
        return new DueStatus(open.Due, late, open, late ? today.DayNumber - open.Due.Value.DayNumber : 0);
    }

    /// <summary>The earliest due date on or after <paramref name="today"/> among unsatisfied occurrences.</summary>
    public static DateOnly? NextDue(IReadOnlyList<TaskOccurrence> occurrences, DateOnly today, IReadOnlySet<string>? satisfiedKeys = null) =>
        occurrences.Where(o => o.Due is { } d && d >= today && (satisfiedKeys is null || !satisfiedKeys.Contains(o.Key)))
            .Select(o => o.Due).Min();
}
