namespace ParPlan.Core.ParIndex;

/// <summary>How a leaf is scored (<see cref="RuleKinds"/>): manual in steps, one of listed options, points from a measure
/// ParPlan computes through bands, or by whether a named output was issued by a date. Only the fields of its kind are set.</summary>
public sealed record ScoringRule
{
    public string Kind { get; init; } = "";

    /// <summary>manual: the step of a score (default 0.25).</summary>
    public decimal? Step { get; init; }

    /// <summary>choice: the options and their points.</summary>
    public IReadOnlyList<RuleOption>? Options { get; init; }

    /// <summary>ratio: what ParPlan computes (<see cref="ParMeasures"/>, or a catalogue indicator code).</summary>
    public string? Measure { get; init; }

    /// <summary>ratio: the first band whose <c>min</c> the value reaches gives the points.</summary>
    public IReadOnlyList<RatioBand>? Bands { get; init; }

    /// <summary>deadline: plan or report.</summary>
    public string? Output { get; init; }

    public DateOnly? Due { get; init; }

    public decimal? OnTime { get; init; }

    public decimal? Late { get; init; }

    public decimal? Missing { get; init; }

    public decimal EffectiveStep => Step is > 0 ? Step.Value : 0.25m;
}
