namespace ParPlan.Core.Plans;

/// <summary>Options of <see cref="PlanParser.Parse"/>.</summary>
public sealed record PlanParseOptions
{
    /// <summary>The plan year to use when the document states none (the CLI's <c>--year</c>).</summary>
    public int? Year { get; init; }
}
