namespace ParPlan.Core.Indicators;

/// <summary>The counters of one (unit, field) summed or snapshotted over one period.</summary>
public sealed class PeriodCounts
{
    private readonly long[] _values = new long[DossierCounters.Count];

    public long this[DossierCounter counter]
    {
        get => _values[(int)counter];
        internal set => _values[(int)counter] = value;
    }

    internal void Add(PeriodCounts other)
    {
        for (int i = 0; i < _values.Length; i++) _values[i] += other._values[i];
    }

    /// <summary>Late dossiers without an apology: finished late in the period, or overdue at its end (contract).</summary>
    public long LateWithoutApology => this[DossierCounter.FinishedLateNotApologised] + this[DossierCounter.OverdueNotApologised];
}
