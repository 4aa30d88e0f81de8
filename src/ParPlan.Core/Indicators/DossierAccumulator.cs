using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Indicators;

/// <summary>
/// One streaming pass over dossier records of (at least) one year. Months are the atoms: every record adds to
/// its receipt month and finish month, and to the month-end snapshots during which it was open. Periods of the
/// year are then read off <see cref="DossierCounts"/> without another pass. Not thread-safe.
/// </summary>
public sealed class DossierAccumulator
{
    internal const int Slots = 13;
    private readonly long[] _bounds = new long[Slots];   // UTC ticks: end (exclusive) of month k; k = 0: start of year
    private readonly long[] _snapshot = new long[Slots]; // _bounds clamped to AsOf
    private readonly Dictionary<DossierBucket, int[]> _buckets = [];
    private readonly List<LateDossier> _late = [];
    private readonly DossierAccumulatorOptions _options;
    private DossierBucket _lastKey = new("\0", "\0", "\0");
    private int[]? _last;

    public DossierAccumulator(int year, DossierAccumulatorOptions? options = null)
    {
        Year = year;
        _options = options ?? new DossierAccumulatorOptions();
        for (int k = 0; k < Slots; k++)
        {
            var start = k == 12 ? new DateOnly(year + 1, 1, 1) : new DateOnly(year, k + 1, 1);
            _bounds[k] = DossierCodes.LocalStartOfDay(start).UtcTicks;
            _snapshot[k] = _options.AsOf is { } asOf ? Math.Min(_bounds[k], asOf.UtcTicks) : _bounds[k];
        }
    }

    public int Year { get; }

    /// <summary>Records added, including those outside the year that contributed nothing.</summary>
    public long RecordsSeen { get; internal set; }

    public void Add(in DossierRecord d)
    {
        RecordsSeen++;
        long received = d.ReceivedAt.UtcTicks, due = d.DueAt.UtcTicks;
        long? finished = d.FinishedAt?.UtcTicks;
        bool withdrawn = d.Status == DossierStatus.Withdrawn;
        if (received >= _bounds[12]) return;
        int[] c = Bucket(d.UnitCode, d.Field ?? "", _options.ByProcedure ? d.ProcedureCode ?? "" : "");

        int rm = MonthOf(received);
        if (rm is >= 1 and <= 12)
        {
            Inc(c, DossierCounter.Received, rm);
            if (d.Channel == DossierChannel.Online)
            {
                Inc(c, DossierCounter.ReceivedOnline, rm);
                if (d.ServiceLevel == OnlineServiceLevel.Full) Inc(c, DossierCounter.ReceivedOnlineFull, rm);
                else if (d.ServiceLevel == OnlineServiceLevel.Partial) Inc(c, DossierCounter.ReceivedOnlinePartial, rm);
            }
            else if (d.Channel == DossierChannel.Postal) Inc(c, DossierCounter.ReceivedPostal, rm);
            if (d.HasFees == true)
            {
                Inc(c, DossierCounter.ReceivedWithFees, rm);
                if (d.PaidOnline == true) Inc(c, DossierCounter.ReceivedWithFeesPaidOnline, rm);
            }
            if (d.DossierDigitised == true) Inc(c, DossierCounter.ReceivedDigitised, rm);
            if (d.DataReused == true) Inc(c, DossierCounter.ReceivedReused, rm);
            if (d.Status == DossierStatus.Refused) Inc(c, DossierCounter.ReceivedRefused, rm);
            if (withdrawn) Inc(c, DossierCounter.ReceivedWithdrawn, rm);
            else
            {
                Inc(c, DossierCounter.ReceivedCountable, rm);
                if (finished <= due) Inc(c, DossierCounter.ReceivedFinishedOnTime, rm);
            }
        }

        int fm = finished is { } f ? MonthOf(f) : 0;
        if (fm is >= 1 and <= 12 && !withdrawn)
        {
            Inc(c, DossierCounter.Finished, fm);
            if (finished <= due)
            {
                Inc(c, DossierCounter.FinishedOnTime, fm);
                if (DossierCodes.LocalDate(d.FinishedAt!.Value) < DossierCodes.LocalDate(d.DueAt))
                    Inc(c, DossierCounter.FinishedEarly, fm);
            }
            else
            {
                Inc(c, DossierCounter.FinishedLate, fm);
                Inc(c, d.Apologised == true ? DossierCounter.FinishedLateApologised : DossierCounter.FinishedLateNotApologised, fm);
            }
            if (d.ResultDigitised == true) Inc(c, DossierCounter.FinishedResultDigitised, fm);
        }
        if (d.Rating is { } rating)
        {
            int month = finished is null ? rm : fm;
            if (month is >= 1 and <= 12)
            {
                Inc(c, DossierCounter.Rated, month);
                if (rating >= 4) Inc(c, DossierCounter.RatedSatisfied, month);
                c[Index(DossierCounter.RatingSum, month)] += rating;
            }
        }

        // Open interval [received, end): a dossier closed without a date (processed, refused, withdrawn) is never open.
        bool open = finished is not null || d.Status is DossierStatus.InProcess or DossierStatus.AwaitingAdditions;
        if (!open) return;
        long end = finished ?? long.MaxValue;
        bool lateCandidate = false;
        for (int k = 0; k < Slots; k++)
        {
            long at = _snapshot[k];
            if (at <= received || at > end) continue;
            Inc(c, DossierCounter.Pending, k);
            if (withdrawn || due >= at) continue;
            Inc(c, DossierCounter.Overdue, k);
            bool apologised = d.Apologised == true;
            Inc(c, apologised ? DossierCounter.OverdueApologised : DossierCounter.OverdueNotApologised, k);
            lateCandidate |= !apologised;
        }
        if (!withdrawn && d.Apologised != true && (lateCandidate || (fm is >= 1 and <= 12 && finished > due))
            && _late.Count < _options.MaxLateListed)
        {
            _late.Add(new LateDossier(d.Code, d.UnitCode, d.Field, d.ProcedureCode, d.ProcedureName,
                d.ReceivedAt, d.DueAt, d.FinishedAt));
        }
    }

    /// <summary>Adds counts of the same year built elsewhere (another set of records, as of the same month-end
    /// snapshots), bucket by bucket; <paramref name="seen"/> records are added to <see cref="RecordsSeen"/>.</summary>
    public void Add(DossierCounts counts, long seen)
    {
        if (counts.Year != Year) throw new ArgumentException($"Số đếm năm {counts.Year} không cộng được vào năm {Year}.", nameof(counts));
        RecordsSeen += seen;
        foreach (var (key, values) in counts.Buckets)
        {
            var c = Bucket(key.Unit, key.Field, key.Procedure);
            for (int i = 0; i < c.Length; i++) c[i] += values[i];
        }
    }

    /// <summary>Adds one bucket's raw values (as <see cref="DossierCountsBinary"/> stored them).</summary>
    internal void Add(DossierBucket key, int[] values)
    {
        var c = Bucket(key.Unit, key.Field, key.Procedure);
        for (int i = 0; i < c.Length && i < values.Length; i++) c[i] += values[i];
    }

    /// <summary>Adds every accepted row of a reader and returns how many were rejected.</summary>
    public long AddAll(IEnumerable<DossierRow> rows)
    {
        long rejected = 0;
        foreach (var row in rows)
        {
            if (row.IsAccepted) Add(row.Record);
            else rejected++;
        }
        return rejected;
    }

    /// <summary>The counts so far (a snapshot; keep adding afterwards if needed).</summary>
    public DossierCounts Build() => new(Year, _buckets.ToDictionary(kv => kv.Key, kv => (int[])kv.Value.Clone()),
        [.. _late], _snapshot, _late.Count >= _options.MaxLateListed);

    internal static int Index(DossierCounter counter, int slot) => (int)counter * Slots + slot;

    private static void Inc(int[] c, DossierCounter counter, int slot) => c[(int)counter * Slots + slot]++;

    /// <summary>1–12 for a local month of the year, 0 before it, 13 after it.</summary>
    private int MonthOf(long utcTicks)
    {
        if (utcTicks < _bounds[0]) return 0;
        for (int k = 1; k < Slots; k++)
        {
            if (utcTicks < _bounds[k]) return k;
        }
        return 13;
    }

    private int[] Bucket(string unit, string field, string procedure)
    {
        if (_last is not null && ReferenceEquals(unit, _lastKey.Unit) && ReferenceEquals(field, _lastKey.Field)
            && ReferenceEquals(procedure, _lastKey.Procedure))
            return _last;
        var key = new DossierBucket(unit, field, procedure);
        if (!_buckets.TryGetValue(key, out var c))
        {
            c = new int[DossierCounters.Count * Slots];
            _buckets[key] = c;
        }
        _lastKey = key;
        _last = c;
        return c;
    }
}
