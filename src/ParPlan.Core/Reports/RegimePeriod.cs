using ParPlan.Core.Indicators;

namespace ParPlan.Core.Reports;

/// <summary>
/// One period of a regime, as data: its key ("Q1"), the contract period it files under, its Vietnamese label with a
/// year placeholder ("Quý I/{0}"), its data window and its due date per level. Nothing here is derived from the name.
/// </summary>
public sealed record RegimePeriod(
    string Key,
    PeriodKind Kind,
    int Index,
    string LabelFormat,
    YearDay WindowFrom,
    YearDay WindowTo,
    bool Cumulative,
    IReadOnlyDictionary<ReportLevel, DueRule> Dues)
{
    /// <summary>The contract period code in report year <paramref name="year"/> ("2026-Q1", "2026-9M").</summary>
    public ReportingPeriod Period(int year) => Kind switch
    {
        PeriodKind.Year => ReportingPeriod.ForYear(year),
        PeriodKind.Half => ReportingPeriod.Half(year, Index),
        PeriodKind.Quarter => ReportingPeriod.Quarter(year, Index),
        PeriodKind.Month => ReportingPeriod.Month(year, Index),
        _ => ReportingPeriod.NineMonths(year),
    };

    public string Label(int year) => string.Format(System.Globalization.CultureInfo.InvariantCulture, LabelFormat, year);
}
