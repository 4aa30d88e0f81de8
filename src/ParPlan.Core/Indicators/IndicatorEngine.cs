namespace ParPlan.Core.Indicators;

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

    /// <summary>
    /// Rolled-up raw counts for a period: per unit (field and procedure ""), plus per unit and field when
    /// <see cref="IndicatorEngineOptions.ByField"/>, plus per unit and procedure when <see cref="IndicatorEngineOptions.ByProcedure"/>.
    /// </summary>
    public IReadOnlyDictionary<DossierBucket, PeriodCounts> RollUp(DossierCounts counts, ReportingPeriod period)
    {
        var totals = new Dictionary<DossierBucket, PeriodCounts>();
        var ancestorCache = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, c) in counts.Evaluate(period))
        {
            if (!ancestorCache.TryGetValue(key.Unit, out var ancestors))
            {
                ancestors = _options.Hierarchy?.AncestorsOf(key.Unit, period.To) ?? [];
                ancestorCache[key.Unit] = ancestors;
            }
            AddAll(totals, key.Unit, key, c);
            foreach (var ancestor in ancestors) AddAll(totals, ancestor, key, c);
        }
        return totals;
    }

    private void AddAll(Dictionary<DossierBucket, PeriodCounts> totals, string unit, DossierBucket key, PeriodCounts c)
    {
        AddTo(totals, new DossierBucket(unit, "", ""), c);
        if (_options.ByField && key.Field.Length > 0) AddTo(totals, new DossierBucket(unit, key.Field, ""), c);
        if (_options.ByProcedure && key.Procedure.Length > 0) AddTo(totals, new DossierBucket(unit, "", key.Procedure), c);
    }

    /// <summary>Values of every unit (and every ancestor) for one period, ordered by unit, field, procedure and code.</summary>
    public IReadOnlyList<IndicatorValue> Compute(DossierCounts counts, ReportingPeriod period) => Compute(RollUp(counts, period), period);

    /// <summary>A period's values (<see cref="Compute(DossierCounts, ReportingPeriod)"/>) and Decision 766 estimates
    /// (<see cref="Estimate766(DossierCounts, ReportingPeriod)"/>) from one roll-up.</summary>
    public (IReadOnlyList<IndicatorValue> Values, IReadOnlyDictionary<string, Decision766Estimate> Estimates) ComputeWithEstimates(DossierCounts counts,
        ReportingPeriod period)
    {
        var totals = RollUp(counts, period);
        return (Compute(totals, period), Estimate766(totals));
    }

    private IReadOnlyList<IndicatorValue> Compute(IReadOnlyDictionary<DossierBucket, PeriodCounts> totals, ReportingPeriod period)
    {
        var codes = (_options.Codes ?? Convention.Codes.ToList()).ToList();
        var result = new List<IndicatorValue>();
        var periodCode = period.Code;
        foreach (var (key, c) in totals.OrderBy(kv => kv.Key.Unit, StringComparer.Ordinal)
                     .ThenBy(kv => kv.Key.Field, StringComparer.Ordinal).ThenBy(kv => kv.Key.Procedure, StringComparer.Ordinal))
        {
            foreach (var code in codes)
            {
                if (Convention.TryCompute(code, c, out var f))
                {
                    result.Add(IndicatorValue.From(code, key.Unit, periodCode, f, key.Field.Length == 0 ? null : key.Field,
                        key.Procedure.Length == 0 ? null : key.Procedure));
                }
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
    public IReadOnlyDictionary<string, Decision766Estimate> Estimate766(DossierCounts counts, ReportingPeriod period) => Estimate766(RollUp(counts, period));

    private static Dictionary<string, Decision766Estimate> Estimate766(IReadOnlyDictionary<DossierBucket, PeriodCounts> totals) =>
        totals.Where(kv => kv.Key.Field.Length == 0 && kv.Key.Procedure.Length == 0)
            .ToDictionary(kv => kv.Key.Unit, kv => Decision766Estimator.Estimate(kv.Value), StringComparer.Ordinal);

    /// <summary>
    /// Dossiers counted in a period through the chain their unit had when it was created (or when it ended), because the
    /// unit did not exist on the period's end date (<see cref="UnitRollUp.OutsideDates"/>), per unit that counted them
    /// (the unit itself and every ancestor), and in all: how many were received and how many finished in the period.
    /// </summary>
    public OutsideDates OutsideUnitDates(DossierCounts counts, ReportingPeriod period)
    {
        var result = new Dictionary<string, OutsideDatesCount>(StringComparer.Ordinal);
        var total = new OutsideDatesCount();
        var hierarchy = _options.Hierarchy;
        if (hierarchy is null) return new OutsideDates(result, total);
        var cache = new Dictionary<string, UnitRollUp>(StringComparer.Ordinal);
        UnitRollUp RollUpOf(string unit)
        {
            if (!cache.TryGetValue(unit, out var rollUp)) cache[unit] = rollUp = hierarchy.RollUpOf(unit, period.To);
            return rollUp;
        }

        foreach (var (key, c) in counts.Evaluate(period, unit => RollUpOf(unit).OutsideDates))
        {
            var rollUp = RollUpOf(key.Unit);
            var add = new OutsideDatesCount(c[DossierCounter.Received], c[DossierCounter.Finished]);
            if (add.Received == 0 && add.Finished == 0) continue;
            total += add;
            foreach (var unit in rollUp.Ancestors.Prepend(key.Unit))
            {
                result[unit] = result.TryGetValue(unit, out var sum) ? sum + add : add;
            }
        }
        return new OutsideDates(result, total);
    }

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

    private static void AddTo(Dictionary<DossierBucket, PeriodCounts> totals, DossierBucket key, PeriodCounts c)
    {
        if (!totals.TryGetValue(key, out var t)) totals[key] = t = new PeriodCounts();
        t.Add(c);
    }
}
