namespace ParPlan.Core.Indicators;

/// <summary>Helpers on <see cref="DossierCounter"/>.</summary>
public static class DossierCounters
{
    /// <summary>Number of counters.</summary>
    public const int Count = (int)DossierCounter.CarriedOver + 1;

    public static bool IsSnapshot(this DossierCounter c) => c is >= DossierCounter.Pending and <= DossierCounter.OverdueNotApologised;
}
