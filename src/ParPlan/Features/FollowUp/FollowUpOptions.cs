namespace ParPlan.Features.FollowUp;

/// <summary>Reminder settings (section <c>FollowUp</c>).</summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUp";

    public bool Enabled { get; set; } = true;

    public int IntervalMinutes { get; set; } = 60;

    /// <summary>A task overdue by more than this many days is also reported to the leaders (1–365).</summary>
    public int LeaderEscalationDays { get; set; } = 7;

    /// <summary>Optional per-tier override of <see cref="LeaderEscalationDays"/>, keyed by the level of the leader's own
    /// government (<c>Province</c>, <c>District</c>, <c>Commune</c>), e.g. commune leaders after 3 days, the province's after 10.</summary>
    public Dictionary<string, int> LeaderEscalationDaysByLevel { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
