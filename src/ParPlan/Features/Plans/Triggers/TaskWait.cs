namespace ParPlan.Features.Plans.Triggers;

/// <summary>What a task without a computable deadline waits for.</summary>
public enum TaskWait
{
    /// <summary>A conditional task (or a multi task with a conditional milestone): the event and its date.</summary>
    Event,

    /// <summary>A task timed by another document ("Theo Kế hoạch của UBND tỉnh") or with no usable time cell: a date.</summary>
    Date,
}
