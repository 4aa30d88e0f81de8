namespace ParPlan.Core.Indicators;

/// <summary>
/// One indicator value. <see cref="Value"/> is 100 × numerator ÷ denominator for rates (rounded to 2 decimals,
/// null when the denominator is 0) and the count itself for counts (<see cref="Denominator"/> null).
/// <see cref="Field"/> and <see cref="ProcedureCode"/> are null for all fields and procedures together.
/// </summary>
public sealed record IndicatorValue(string Code, string UnitCode, string Period, long Numerator, long? Denominator, decimal? Value)
{
    public string? Field { get; init; }

    /// <summary>The procedure (<c>ma_thu_tuc</c>) for per-procedure values; null otherwise.</summary>
    public string? ProcedureCode { get; init; }

    public static IndicatorValue From(string code, string unitCode, ReportingPeriod period, IndicatorFraction f, string? field = null) =>
        From(code, unitCode, period.Code, f, field);

    internal static IndicatorValue From(string code, string unitCode, string periodCode, IndicatorFraction f, string? field,
        string? procedure = null)
    {
        decimal? value = f.Denominator switch
        {
            null => f.Numerator,
            0 => null,
            long den => Math.Round(100m * f.Numerator / den, 2, MidpointRounding.AwayFromZero),
        };
        return new IndicatorValue(code, unitCode, periodCode, f.Numerator, f.Denominator, value) { Field = field, ProcedureCode = procedure };
    }
}
