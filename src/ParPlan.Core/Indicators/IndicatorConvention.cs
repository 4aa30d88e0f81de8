namespace ParPlan.Core.Indicators;

/// <summary>
/// A named choice of formulas for the dossier indicators. Every convention starts from the contract's default
/// formulas (<see cref="ContractDefault"/>) and may override some codes; a province picks one by name.
/// </summary>
public sealed class IndicatorConvention
{
    private readonly Dictionary<string, Func<PeriodCounts, IndicatorFraction>> _formulas;

    private IndicatorConvention(string name, string description, Dictionary<string, Func<PeriodCounts, IndicatorFraction>> formulas)
    {
        Name = name;
        Description = description;
        _formulas = formulas;
    }

    public string Name { get; }
    public string Description { get; }

    /// <summary>Codes this convention computes from dossier counts.</summary>
    public IEnumerable<string> Codes => _formulas.Keys;

    public bool TryCompute(string code, PeriodCounts counts, out IndicatorFraction fraction)
    {
        if (_formulas.TryGetValue(code, out var f))
        {
            fraction = f(counts);
            return true;
        }
        fraction = default;
        return false;
    }

    /// <summary>A copy of this convention under a new name with one formula replaced or added.</summary>
    public IndicatorConvention With(string name, string description, string code, Func<PeriodCounts, IndicatorFraction> formula)
    {
        var copy = new Dictionary<string, Func<PeriodCounts, IndicatorFraction>>(_formulas) { [code] = formula };
        return new IndicatorConvention(name, description, copy);
    }

    private static IndicatorFraction Rate(PeriodCounts c, DossierCounter num, DossierCounter den) => new(c[num], c[den]);

    /// <summary>The default formulas of the dossiers-csv contract, plus the other dossier-based indicators.</summary>
    public static IndicatorConvention ContractDefault { get; } = new("contract-default",
        "Mặc định theo hợp đồng dữ liệu: đúng hạn tính trên hồ sơ hoàn thành trong kỳ (trừ hồ sơ rút).",
        new()
        {
            [IndicatorCodes.OnTimeRate] = c => Rate(c, DossierCounter.FinishedOnTime, DossierCounter.Finished),
            [IndicatorCodes.OnlineRate] = c => Rate(c, DossierCounter.ReceivedOnline, DossierCounter.Received),
            [IndicatorCodes.OnlinePaymentRate] = c => Rate(c, DossierCounter.ReceivedWithFeesPaidOnline, DossierCounter.ReceivedWithFees),
            [IndicatorCodes.DigitisedRate] = c => Rate(c, DossierCounter.ReceivedDigitised, DossierCounter.Received),
            [IndicatorCodes.LateWithoutApology] = c => new(c.LateWithoutApology, null),
            [IndicatorCodes.OnlineFullRate] = c => Rate(c, DossierCounter.ReceivedOnlineFull, DossierCounter.Received),
            [IndicatorCodes.OnlinePartialRate] = c => Rate(c, DossierCounter.ReceivedOnlinePartial, DossierCounter.Received),
            [IndicatorCodes.DigitisedResultRate] = c => Rate(c, DossierCounter.FinishedResultDigitised, DossierCounter.Finished),
            [IndicatorCodes.ReuseRate] = c => Rate(c, DossierCounter.ReceivedReused, DossierCounter.Received),
            [IndicatorCodes.SatisfactionRate] = c => Rate(c, DossierCounter.RatedSatisfied, DossierCounter.Rated),
            [IndicatorCodes.LateApologyRate] = c => new(
                c[DossierCounter.FinishedLateApologised] + c[DossierCounter.OverdueApologised],
                c[DossierCounter.FinishedLate] + c[DossierCounter.Overdue]),
            [IndicatorCodes.Received] = c => new(c[DossierCounter.Received], null),
            [IndicatorCodes.OverdueAtEnd] = c => new(c[DossierCounter.Overdue], null),
        });

    /// <summary>
    /// D2's wording "tỷ lệ hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn và trước hạn": dossiers received in
    /// the period (not withdrawn) that finished by their due instant ÷ dossiers received in the period (not withdrawn).
    /// Dossiers still open count against the rate.
    /// </summary>
    public static IndicatorConvention ReceivedInPeriod { get; } = ContractDefault.With("received-in-period",
        "Đúng hạn tính trên hồ sơ tiếp nhận trong kỳ (cách diễn đạt của kế hoạch: \"tiếp nhận trong năm\").",
        IndicatorCodes.OnTimeRate, c => Rate(c, DossierCounter.ReceivedFinishedOnTime, DossierCounter.ReceivedCountable));

    /// <summary>
    /// The carry-over convention (Gia Lai): "Cần xử lý = đã tiếp nhận + tồn kỳ trước"; late = finished late in the
    /// period + open and overdue at its end; on-time = cần xử lý − late, over cần xử lý.
    /// </summary>
    public static IndicatorConvention CarryOver { get; } = ContractDefault.With("carry-over",
        "Đúng hạn = 100% − tỉ lệ trễ hạn; cần xử lý = tiếp nhận trong kỳ + tồn kỳ trước (cách tính Gia Lai).",
        IndicatorCodes.OnTimeRate, c =>
        {
            long needed = c[DossierCounter.Received] - c[DossierCounter.ReceivedWithdrawn] + c[DossierCounter.CarriedOver];
            long late = c[DossierCounter.FinishedLate] + c[DossierCounter.Overdue];
            return new(Math.Max(0, needed - late), needed);
        });

    public static IReadOnlyList<IndicatorConvention> BuiltIn { get; } = [ContractDefault, ReceivedInPeriod, CarryOver];

    /// <summary>A built-in convention by name; the contract default when the name is unknown or empty.</summary>
    public static IndicatorConvention ByName(string? name) =>
        BuiltIn.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) ?? ContractDefault;
}
