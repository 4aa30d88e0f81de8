namespace ParPlan.Core.ParIndex;

/// <summary>A band rule: the first rule whose <see cref="Min"/> the index reaches and none of whose
/// <see cref="Unless"/> conditions (<c>CODE=POINTS</c> on appraised points) holds gives the band.</summary>
public sealed record BandRule
{
    public string Name { get; init; } = "";

    public decimal Min { get; init; }

    public IReadOnlyList<string>? Unless { get; init; }
}
