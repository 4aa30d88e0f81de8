namespace ParPlan.Core.Tasks;

/// <summary>Whether an occurrence has a due date yet.</summary>
public enum OccurrenceState
{
    /// <summary>Dated: the unit must deliver by <see cref="TaskOccurrence.Due"/>.</summary>
    Scheduled,
    /// <summary>A conditional task whose trigger has not been recorded: no due date yet.</summary>
    Dormant,
    /// <summary>A reference (or blank) schedule for which nobody has set a date yet.</summary>
    Unset,
}

/// <summary>
/// One thing a unit must deliver for a task: the single deadline of a dated task, one reporting-period
/// note of an ongoing task, one instance of a recurring or multi task. <see cref="Key"/> is stable
/// (an ISO date or a reporting-period code) so progress entries and reminders can refer to it.
/// </summary>
public sealed record TaskOccurrence(string Key, string Label, DateOnly? Due, OccurrenceState State)
{
    public static TaskOccurrence Dormant(string label) => new("trigger", label, null, OccurrenceState.Dormant);
    public static TaskOccurrence Unset(string label) => new("unset", label, null, OccurrenceState.Unset);
    public static TaskOccurrence On(DateOnly due, string label, string? key = null) =>
        new(key ?? due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), label, due, OccurrenceState.Scheduled);
}

/// <summary>A recorded trigger event of a conditional task: when it happened and, optionally, the deadline the standing officer set.</summary>
public sealed record TriggerRecord(DateOnly OccurredOn, DateOnly? DueSet = null, int? SpanDays = null);

/// <summary>The reporting regimes an ongoing task reports against.</summary>
public enum ReportingCadence { Quarterly, SixMonth, NineMonth, Annual }
