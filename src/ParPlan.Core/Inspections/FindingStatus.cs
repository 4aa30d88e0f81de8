namespace ParPlan.Core.Inspections;

/// <summary>Where a finding of an inspection stands, read from its remediation task.</summary>
public enum FindingStatus
{
    /// <summary>Being remedied, its due date not passed.</summary>
    Open,

    /// <summary>The remediation task is done (on time or late).</summary>
    Closed,

    /// <summary>Not remedied and its due date has passed.</summary>
    Overdue,
}
