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
