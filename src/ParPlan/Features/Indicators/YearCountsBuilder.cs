using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>One year's counts in two parts: the dossiers finished before the computation's instant, counted without
/// the clock (their month-end snapshots no longer depend on it), which <see cref="DossierYearCounts"/> keeps; and the
/// others (without a finish date, or finished at or after the instant), counted as of the instant. The sum is exactly
/// what one accumulator as of the instant gives: a finished dossier's snapshots compare the same way at every instant
/// after its finish. The kept part also holds, as records (<see cref="UnfinishedRecords"/>), the dossiers without a finish
/// date received in the year, which the next computation counts as of its instant instead of reading them back. Only
/// dossiers written by imports up to <paramref name="maxBatch"/> may enter the kept part.</summary>
internal sealed class YearCountsBuilder(int year, DateTimeOffset now, long maxBatch)
{
    public int Year => year;

    /// <summary>The part kept between computations.</summary>
    public DossierAccumulator Finished { get; } = new(year, new DossierAccumulatorOptions { MaxLateListed = 0 });

    /// <summary>The dossiers without a finish date received in the year, kept beside the counts.</summary>
    public List<DossierRecord> Unfinished { get; } = [];

    /// <summary>The part counted as of the computation's instant.</summary>
    public DossierAccumulator Current { get; } = new(year, IndicatorComputer.AccumulatorOptions(now));

    /// <summary>False when a finished dossier had to be counted in <see cref="Current"/>: the kept part would then lack it.</summary>
    public bool Keepable { get; private set; } = true;

    /// <summary>A finished dossier of the kept part was received or finished in the year.</summary>
    public bool HasOwn { get; set; }

    /// <summary>Adds a stored dossier (last written by <paramref name="lastBatch"/>) to the part it belongs to.</summary>
    public void Add(DossierRecord d, long lastBatch)
    {
        if (d.FinishedAt is not { } finished)
        {
            Current.Add(d);
            if (DossierCodes.LocalDate(d.ReceivedAt).Year != year) return;
            if (lastBatch > maxBatch) Keepable = false;
            else Unfinished.Add(UnfinishedRecords.Kept(d));
            return;
        }

        if (finished.UtcTicks >= now.UtcTicks || lastBatch > maxBatch)
        {
            Current.Add(d);
            Keepable = false;
            return;
        }

        Finished.Add(d);
        HasOwn |= DossierCodes.LocalDate(d.ReceivedAt).Year == year || DossierCodes.LocalDate(finished).Year == year;
    }

    /// <summary>The year's counts as of the computation's instant, and how many dossiers they hold.</summary>
    public (DossierCounts Counts, long Seen) Build()
    {
        var all = new DossierAccumulator(year, IndicatorComputer.AccumulatorOptions(now));
        all.Add(Current.Build(), Current.RecordsSeen);
        all.Add(Finished.Build(), Finished.RecordsSeen);
        return (all.Build(), all.RecordsSeen);
    }

    /// <summary>The kept part as a <see cref="DossierYearCounts"/> row (its counts null when not keepable).</summary>
    public DossierYearCounts ToRow(long batchId, string apologies) => new()
    {
        Year = year, Counts = Keepable ? DossierCountsBinary.Write(Finished.Build(), Unfinished) : null, Dossiers = Finished.RecordsSeen,
        HasOwn = HasOwn, BatchId = batchId, Apologies = apologies, AsOfTicks = now.UtcTicks,
    };
}
