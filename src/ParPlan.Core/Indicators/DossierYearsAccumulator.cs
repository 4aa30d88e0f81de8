using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Indicators;

/// <summary>
/// Accumulates records for every year they belong to, in one pass, exactly as a per-year recomputation selects them:
/// a record belongs to year Y when it was received (local date) in Y or before, and finished in Y or after or not at
/// all. The years are the contiguous range from the first receipt year to the last receipt or finish year. Records
/// without a finish date also belong to every later year of the range, which is only known at the end, so they are
/// kept (the others are not) and added to the later years in <see cref="Build"/>. With <c>finishedOnly</c> only records
/// with a finish date are counted (the others are still counted in <see cref="Count"/> and <see cref="Touched"/>, and kept
/// as <see cref="Unfinished"/>): the part of a year's counts that no longer moves with the clock, which the web side keeps
/// between computations.
/// Not thread-safe.
/// </summary>
public sealed class DossierYearsAccumulator(DossierAccumulatorOptions options, bool finishedOnly = false)
{
    private readonly YearSet _own = new();
    private readonly Dictionary<int, DossierAccumulator> _years = [];
    private readonly List<DossierRecord> _unfinished = [];
    private readonly List<DossierRecord> _kept = [];
    private readonly TouchedYears _touched = new();
    private int _first = int.MaxValue, _last = int.MinValue;

    /// <summary>Records added.</summary>
    public long Count { get; private set; }

    /// <summary>The latest instant (UTC ticks) of any receipt, due or finish time added; <see cref="long.MinValue"/> when empty.</summary>
    public long MaxInstantTicks { get; private set; } = long.MinValue;

    /// <summary>The latest finish instant (UTC ticks) of the records counted; <see cref="long.MinValue"/> when none.</summary>
    public long MaxFinishedTicks { get; private set; } = long.MinValue;

    /// <summary>True when only records with a finish date are counted.</summary>
    public bool FinishedOnly => finishedOnly;

    /// <summary>The receipt and finish years of the records counted (those that place a year in a store's range).</summary>
    public YearSet OwnYears => _own;

    /// <summary>The years the added records touch (see <see cref="TouchedYears"/>).</summary>
    public TouchedYears Touched => _touched;

    /// <summary>With <c>finishedOnly</c>: the records without a finish date, as <see cref="UnfinishedRecords"/> keeps them
    /// (counted by the computation as of its instant); empty otherwise.</summary>
    public IReadOnlyList<DossierRecord> Unfinished => _kept;

    /// <summary>The options every year's accumulator was created with.</summary>
    public DossierAccumulatorOptions Options => options;

    public void Add(in DossierRecord d)
    {
        Count++;
        long max = Math.Max(d.ReceivedAt.UtcTicks, Math.Max(d.DueAt.UtcTicks, d.FinishedAt?.UtcTicks ?? long.MinValue));
        if (max > MaxInstantTicks) MaxInstantTicks = max;
        int received = DossierCodes.LocalDate(d.ReceivedAt).Year;
        int finished = d.FinishedAt is { } f ? DossierCodes.LocalDate(f).Year : received;
        _touched.Add(received, d.FinishedAt is null ? null : finished);
        if (finishedOnly)
        {
            if (d.FinishedAt is not { } at)
            {
                _kept.Add(UnfinishedRecords.Kept(d));
                return;
            }

            if (at.UtcTicks > MaxFinishedTicks) MaxFinishedTicks = at.UtcTicks;
            _own.Add(received);
            _own.Add(finished);
        }

        if (received < _first) _first = received;
        if (finished > _last) _last = finished;
        if (received > _last) _last = received;
        for (int year = received; year <= finished; year++) Year(year).Add(d);
        if (d.FinishedAt is null) _unfinished.Add(d);
    }

    /// <summary>The years of the range (empty when nothing was added).</summary>
    public IReadOnlyList<int> Years => Count == 0 ? [] : Enumerable.Range(_first, _last - _first + 1).ToList();

    /// <summary>
    /// Completes the pass: adds the unfinished records to the later years of the range and returns each year's counts
    /// with the number of records the year saw. Call once, after the last <see cref="Add"/>.
    /// </summary>
    public IReadOnlyList<(int Year, DossierCounts Counts, long Seen)> Build()
    {
        var result = new List<(int, DossierCounts, long)>();
        foreach (var year in Years)
        {
            var accumulator = Year(year);
            foreach (var d in _unfinished)
            {
                if (DossierCodes.LocalDate(d.ReceivedAt).Year < year) accumulator.Add(d);
            }

            result.Add((year, accumulator.Build(), accumulator.RecordsSeen));
        }

        _unfinished.Clear();
        return result;
    }

    /// <summary>
    /// The counts of one year as a per-year computation of these records alone would give them: the year's own records
    /// plus those received in an earlier year and not finished (whatever the range of these records: a store may hold
    /// later years). Call at most once per year, instead of <see cref="Build"/>.
    /// </summary>
    public (DossierCounts Counts, long Seen) BuildYear(int year)
    {
        var accumulator = Year(year);
        foreach (var d in _unfinished)
        {
            if (DossierCodes.LocalDate(d.ReceivedAt).Year < year) accumulator.Add(d);
        }

        return (accumulator.Build(), accumulator.RecordsSeen);
    }

    private DossierAccumulator Year(int year)
    {
        if (!_years.TryGetValue(year, out var accumulator))
        {
            accumulator = new DossierAccumulator(year, options);
            _years[year] = accumulator;
        }

        return accumulator;
    }
}
