namespace ParPlan.Core.Tasks;

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
