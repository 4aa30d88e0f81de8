namespace ParPlan.Core.Indicators;

/// <summary>Options of <see cref="TargetAttainment"/>.</summary>
public sealed class AttainmentOptions
{
    /// <summary>A "%" target short by at most this many points is at risk rather than missed.</summary>
    public decimal MarginPoints { get; init; } = 5m;

    /// <summary>Any other target short by at most this share of its value is at risk rather than missed.</summary>
    public decimal MarginFraction { get; init; } = 0.05m;

    /// <summary>The baseline value of a <c>reduce-by</c> target (e.g. the 2021 headcount).</summary>
    public decimal? Baseline { get; init; }

    /// <summary>
    /// Share (0–1) of the target's period already elapsed; null or ≥ 1 means the period is over. While it runs,
    /// a shortfall beyond the margin is at risk (not yet missed), and cumulative targets are judged on projection.
    /// </summary>
    public decimal? ElapsedShare { get; init; }

    /// <summary>The actual accumulates over the period (a count, not a rate); by default every non-"%" target.</summary>
    public bool? Cumulative { get; init; }
}
