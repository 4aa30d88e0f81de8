namespace ParPlan.Core.Indicators;

/// <summary>
/// Raw counts of one year per (unit code, lĩnh vực) and month, as built by <see cref="DossierAccumulator"/>.
/// Any period of the year is read off these counts: additive counters are summed over the period's months,
/// snapshot counters are taken at the end of its last month (see <see cref="DossierCounter"/>).
/// </summary>
public sealed class DossierCounts
{
    private readonly Dictionary<DossierBucket, int[]> _buckets;
    private readonly IReadOnlyList<LateDossier> _late;
    private readonly long[] _snapshot;

    internal DossierCounts(int year, Dictionary<DossierBucket, int[]> buckets,
        IReadOnlyList<LateDossier> late, long[] snapshot, bool lateTruncated)
    {
        Year = year;
        _buckets = buckets;
        _late = late;
        _snapshot = (long[])snapshot.Clone();
        LateListTruncated = lateTruncated;
    }

    public int Year { get; }

    /// <summary>True when more late dossiers existed than were kept for listing.</summary>
    public bool LateListTruncated { get; }

    /// <summary>The buckets with data; the field is "" when the file left it empty, the procedure "" unless kept.</summary>
    public IEnumerable<DossierBucket> Keys => _buckets.Keys;

    internal IEnumerable<KeyValuePair<DossierBucket, int[]>> Buckets => _buckets;

    /// <summary>Distinct unit codes with data.</summary>
    public IEnumerable<string> Units => _buckets.Keys.Select(k => k.Unit).Distinct(StringComparer.Ordinal);

    /// <summary>The raw value of one counter in one month (1–12); for snapshots slot 0 is the start of the year.</summary>
    public long Raw(string unit, string field, DossierCounter counter, int month) =>
        _buckets.Where(kv => kv.Key.Unit == unit && kv.Key.Field == field).Sum(kv => (long)kv.Value[DossierAccumulator.Index(counter, month)]);

    /// <summary>Counts of one (unit, field) over a period of this year; a null procedure means all procedures.</summary>
    public PeriodCounts For(string unit, string field, ReportingPeriod period, string? procedure = null) =>
        Sum(period, k => k.Unit == unit && k.Field == field && (procedure is null || k.Procedure == procedure));

    /// <summary>Counts of one unit (all fields) over a period.</summary>
    public PeriodCounts For(string unit, ReportingPeriod period) => Sum(period, k => k.Unit == unit);

    private PeriodCounts Sum(ReportingPeriod period, Func<DossierBucket, bool> match)
    {
        CheckYear(period);
        var total = new PeriodCounts();
        foreach (var (key, c) in _buckets)
        {
            if (match(key)) total.Add(Evaluate(c, period));
        }
        return total;
    }

    /// <summary>Per-bucket counts of a period, evaluated once for a roll-up.</summary>
    internal IEnumerable<(DossierBucket Key, PeriodCounts Counts)> Evaluate(ReportingPeriod period)
    {
        CheckYear(period);
        foreach (var (key, c) in _buckets) yield return (key, Evaluate(c, period));
    }

    /// <summary>Per-bucket counts of a period for the units <paramref name="unit"/> accepts (asked once per bucket).</summary>
    internal IEnumerable<(DossierBucket Key, PeriodCounts Counts)> Evaluate(ReportingPeriod period, Func<string, bool> unit)
    {
        CheckYear(period);
        foreach (var (key, c) in _buckets)
        {
            if (unit(key.Unit)) yield return (key, Evaluate(c, period));
        }
    }

    internal static PeriodCounts Evaluate(int[] c, ReportingPeriod period)
    {
        var result = new PeriodCounts();
        int first = period.FirstMonth, last = period.LastMonth;
        for (int i = 0; i < DossierCounters.Count - 1; i++)
        {
            var counter = (DossierCounter)i;
            int baseIndex = i * DossierAccumulator.Slots;
            if (counter.IsSnapshot())
            {
                result[counter] = c[baseIndex + last];
                continue;
            }
            long sum = 0;
            for (int m = first; m <= last; m++) sum += c[baseIndex + m];
            result[counter] = sum;
        }
        result[DossierCounter.CarriedOver] = c[DossierAccumulator.Index(DossierCounter.Pending, first - 1)];
        return result;
    }

    /// <summary>
    /// Late dossiers without an apology in a period (finished in it after the due instant, or open at its end
    /// with the due instant before that end), optionally only for units accepted by <paramref name="unitFilter"/>.
    /// </summary>
    public IReadOnlyList<LateDossier> LateWithoutApology(ReportingPeriod period, Func<string, bool>? unitFilter = null)
    {
        CheckYear(period);
        long start = _snapshot[period.FirstMonth - 1];
        long end = _snapshot[period.LastMonth];
        var list = new List<LateDossier>();
        foreach (var d in _late)
        {
            if (unitFilter is not null && !unitFilter(d.UnitCode)) continue;
            long received = d.ReceivedAt.UtcTicks, due = d.DueAt.UtcTicks;
            bool finishedLateInPeriod = d.FinishedAt is { } f && f.UtcTicks >= start && f.UtcTicks < end && f > d.DueAt;
            bool overdueAtEnd = received < end && (d.FinishedAt is null || d.FinishedAt.Value.UtcTicks >= end) && due < end;
            if (finishedLateInPeriod || overdueAtEnd) list.Add(d);
        }
        return list;
    }

    private void CheckYear(ReportingPeriod period)
    {
        if (period.Year != Year)
            throw new ArgumentException($"Kỳ {period.Code} không thuộc năm {Year} của dữ liệu đã tổng hợp.", nameof(period));
    }
}
