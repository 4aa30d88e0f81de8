using ParPlan.Core.Plans;

namespace ParPlan.Core.Indicators;

/// <summary>The outcome for one unit: status from the floor target, plus whether the stretch target was reached.</summary>
public sealed record AttainmentResult(AttainmentStatus Status, PlanTarget? Target, decimal? Actual)
{
    /// <summary>Value the actual is compared with (for reduce-by: the achieved reduction is compared with the target's value).</summary>
    public decimal? Measured { get; init; }
    /// <summary>How far short of the target (in the target's unit); 0 or less when met.</summary>
    public decimal? Shortfall { get; init; }
    /// <summary>End-of-period projection used for a running cumulative target.</summary>
    public decimal? Projected { get; init; }
    /// <summary>null without a stretch target; false flags "floor met, stretch not reached".</summary>
    public bool? StretchReached { get; init; }
    public PlanTarget? StretchTarget { get; init; }
    /// <summary>Vietnamese explanation.</summary>
    public string Note { get; init; } = "";
}
