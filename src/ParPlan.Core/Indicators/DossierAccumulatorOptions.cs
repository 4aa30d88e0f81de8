namespace ParPlan.Core.Indicators;

/// <summary>Options of <see cref="DossierAccumulator"/>.</summary>
public sealed class DossierAccumulatorOptions
{
    /// <summary>
    /// When the data was extracted. Month-end snapshots later than this instant are evaluated at it instead,
    /// so a mid-year export does not count open dossiers as overdue at a year end that has not come.
    /// </summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>How many late-without-apology dossiers to keep for listing (the counts are always complete).</summary>
    public int MaxLateListed { get; init; } = 100_000;

    /// <summary>Also keep counts per procedure (<c>ma_thu_tuc</c>); off by default because it multiplies the buckets.</summary>
    public bool ByProcedure { get; init; }
}
