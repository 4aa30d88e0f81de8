namespace ParPlan.Core.Indicators;

/// <summary>
/// One indicator value. <see cref="Value"/> is 100 × numerator ÷ denominator for rates (rounded to 2 decimals,
/// null when the denominator is 0) and the count itself for counts (<see cref="Denominator"/> null).
/// <see cref="Field"/> is null for all fields together.
/// </summary>
public sealed record IndicatorValue(string Code, string UnitCode, string Period, long Numerator, long? Denominator, decimal? Value)
{
    public string? Field { get; init; }

    public static IndicatorValue From(string code, string unitCode, ReportingPeriod period, IndicatorFraction f, string? field = null) =>
        From(code, unitCode, period.Code, f, field);

    internal static IndicatorValue From(string code, string unitCode, string periodCode, IndicatorFraction f, string? field)
    {
        decimal? value = f.Denominator switch
        {
            null => f.Numerator,
            0 => null,
            long den => Math.Round(100m * f.Numerator / den, 2, MidpointRounding.AwayFromZero),
        };
        return new IndicatorValue(code, unitCode, periodCode, f.Numerator, f.Denominator, value) { Field = field };
    }
}

/// <summary>Options of <see cref="IndicatorEngine"/>.</summary>
public sealed class IndicatorEngineOptions
{
    /// <summary>Formulas; the contract default when null.</summary>
    public IndicatorConvention? Convention { get; init; }

    /// <summary>Units roll up into their ancestors on each period's end date; each unit stands alone when null.</summary>
    public IUnitHierarchy? Hierarchy { get; init; }

    /// <summary>Also emit one value per lĩnh vực (with <see cref="IndicatorValue.Field"/> set).</summary>
    public bool ByField { get; init; }

    /// <summary>Only these codes; every code of the convention when null.</summary>
    public IReadOnlyCollection<string>? Codes { get; init; }
}

/// <summary>
/// Computes indicator values from <see cref="DossierCounts"/>: evaluates each (unit, field) bucket for the period,
/// adds it to the unit and to every ancestor the hierarchy gives on the period's end date, then applies the
/// convention's formulas to the totals. Because ratios are formed only after adding raw counts, a parent's rate is
/// the pooled rate of its subtree, not an average of rates.
/// </summary>
public sealed class IndicatorEngine(IndicatorEngineOptions? options = null)
{
    private readonly IndicatorEngineOptions _options = options ?? new IndicatorEngineOptions();

    private IndicatorConvention Convention => _options.Convention ?? IndicatorConvention.ContractDefault;

    /// <summary>Rolled-up raw counts per unit code (field "" = all fields) for a period.</summary>
    public IReadOnlyDictionary<(string Unit, string Field), PeriodCounts> RollUp(DossierCounts counts, ReportingPeriod period)
    {
        var totals = new Dictionary<(string Unit, string Field), PeriodCounts>();
        var ancestorCache = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, c) in counts.Evaluate(period))
        {
            if (!ancestorCache.TryGetValue(key.Unit, out var ancestors))
            {
                ancestors = _options.Hierarchy?.AncestorsOf(key.Unit, period.To) ?? [];
                ancestorCache[key.Unit] = ancestors;
            }
            AddTo(totals, (key.Unit, ""), c);
            if (_options.ByField && key.Field.Length > 0) AddTo(totals, key, c);
            foreach (var ancestor in ancestors)
            {
                AddTo(totals, (ancestor, ""), c);
                if (_options.ByField && key.Field.Length > 0) AddTo(totals, (ancestor, key.Field), c);
            }
        }
        return totals;
    }

    /// <summary>Values of every unit (and every ancestor) for one period, ordered by unit, field and code.</summary>
    public IReadOnlyList<IndicatorValue> Compute(DossierCounts counts, ReportingPeriod period)
    {
        var codes = (_options.Codes ?? Convention.Codes.ToList()).ToList();
        var result = new List<IndicatorValue>();
        var periodCode = period.Code;
        foreach (var ((unit, field), c) in RollUp(counts, period).OrderBy(kv => kv.Key.Unit, StringComparer.Ordinal)
                     .ThenBy(kv => kv.Key.Field, StringComparer.Ordinal))
        {
            foreach (var code in codes)
            {
                if (Convention.TryCompute(code, c, out var f))
                    result.Add(IndicatorValue.From(code, unit, periodCode, f, field.Length == 0 ? null : field));
            }
        }
        return result;
    }

    /// <summary>Values for all 20 periods of the counts' year (months, quarters, halves, 9 months, year).</summary>
    public IReadOnlyList<IndicatorValue> ComputeYear(DossierCounts counts)
    {
        var result = new List<IndicatorValue>();
        foreach (var period in ReportingPeriod.AllOf(counts.Year)) result.AddRange(Compute(counts, period));
        return result;
    }

    /// <summary>Estimated Decision 766 group scores of every unit (rolled up) for a period; see <see cref="Decision766Estimator"/>.</summary>
    public IReadOnlyDictionary<string, Decision766Estimate> Estimate766(DossierCounts counts, ReportingPeriod period) =>
        RollUp(counts, period).Where(kv => kv.Key.Field.Length == 0)
            .ToDictionary(kv => kv.Key.Unit, kv => Decision766Estimator.Estimate(kv.Value), StringComparer.Ordinal);

    /// <summary>Late dossiers without an apology of a unit and everything below it on the period's end date.</summary>
    public IReadOnlyList<LateDossier> LateWithoutApology(DossierCounts counts, ReportingPeriod period, string unitCode)
    {
        var hierarchy = _options.Hierarchy;
        var cache = new Dictionary<string, bool>(StringComparer.Ordinal);
        return counts.LateWithoutApology(period, u =>
        {
            if (!cache.TryGetValue(u, out var within))
                cache[u] = within = u == unitCode || (hierarchy?.AncestorsOf(u, period.To).Contains(unitCode) ?? false);
            return within;
        });
    }

    private static void AddTo(Dictionary<(string, string), PeriodCounts> totals, (string, string) key, PeriodCounts c)
    {
        if (!totals.TryGetValue(key, out var t)) totals[key] = t = new PeriodCounts();
        t.Add(c);
    }
}
