using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Reports;

/// <summary>
/// The two regimes ParPlan ships (DOMAIN §7.2), as data the standing agency may edit.
/// <list type="bullet">
/// <item>Bộ Nội vụ (Công văn 581/BNV-CCHC): windows 15/12–14/3, 15/12–14/6, 15/6–14/9 (Quý III, not cumulative) and
/// 15/12–14/12; the report reaches the upper level no later than day 20 of the period's last month.</item>
/// <item>The commune regime of D3 §VI: the commune sends its Q1, 6-month, Q3 (9-month) and annual reports to the upper
/// level (qua Phòng Nội vụ) before 12/3, 12/6, 12/9 and 12/12. D3 states no data cut-off: the default window runs
/// from 15/12 of the previous year to the last day the report may be sent, cumulative; edit it where the province
/// sets one.</item>
/// </list>
/// The Bộ Nội vụ regime applies to provinces, the commune regime to communes and (before 1/7/2025) districts; a
/// government's agencies report under their government's regime. Levels for which a regime states no date take the date of the nearest level above (see <see cref="LevelDue"/>).
/// </summary>
public static class DefaultRegimes
{
    public const string BnvCode = "bnv-581";
    public const string CommuneCode = "xa-d3";

    public const string DefaultOutline = "cchc-default";
    public const string AgencyAnnex = "cchc-annex-agency";
    public const string GovernmentAnnex = "cchc-annex-government";

    private static readonly YearDay PreviousDecember15 = new(15, 12, -1);

    public static ReportingRegime Bnv581 { get; } = new(
        BnvCode,
        "Chế độ báo cáo công tác cải cách hành chính (Công văn 581/BNV-CCHC)",
        "Công văn số 581/BNV-CCHC của Bộ Nội vụ",
        "Bộ Nội vụ",
        [
            BnvPeriod("Q1", PeriodKind.Quarter, 1, "Quý I/{0}", PreviousDecember15, new YearDay(14, 3), true, 3),
            BnvPeriod("H1", PeriodKind.Half, 1, "6 tháng đầu năm {0}", PreviousDecember15, new YearDay(14, 6), true, 6),
            BnvPeriod("Q3", PeriodKind.Quarter, 3, "Quý III/{0}", new YearDay(15, 6), new YearDay(14, 9), false, 9),
            BnvPeriod("Y", PeriodKind.Year, 0, "Năm {0}", PreviousDecember15, new YearDay(14, 12), true, 12),
        ],
        new TemplateKeys(DefaultOutline),
        new TemplateKeys(GovernmentAnnex, new Dictionary<ReportUnitType, string> { [ReportUnitType.Agency] = AgencyAnnex }),
        [GovernmentLevel.Province]);

    public static ReportingRegime Commune { get; } = new(
        CommuneCode,
        "Chế độ báo cáo cải cách hành chính của UBND xã (mục VI Kế hoạch CCHC của xã)",
        "Kế hoạch CCHC của UBND xã, mục VI \"Chế độ báo cáo\"",
        "UBND huyện (qua Phòng Nội vụ)",
        [
            CommunePeriod("Q1", PeriodKind.Quarter, 1, "Quý I/{0}", 3),
            CommunePeriod("H1", PeriodKind.Half, 1, "6 tháng đầu năm {0}", 6),
            CommunePeriod("9M", PeriodKind.NineMonths, 0, "9 tháng đầu năm {0}", 9),
            CommunePeriod("Y", PeriodKind.Year, 0, "Năm {0}", 12),
        ],
        new TemplateKeys(DefaultOutline),
        new TemplateKeys(GovernmentAnnex, new Dictionary<ReportUnitType, string> { [ReportUnitType.Agency] = AgencyAnnex }),
        [GovernmentLevel.District, GovernmentLevel.Commune]);

    /// <summary>The levels a regime may apply to: the levels of government (UBND) ParPlan keeps. Agencies follow their
    /// government's regimes.</summary>
    public static IReadOnlyList<GovernmentLevel> ReportingLevels { get; } = [GovernmentLevel.Province, GovernmentLevel.District, GovernmentLevel.Commune];

    public static IReadOnlyList<ReportingRegime> All { get; } = [Bnv581, Commune];

    private static RegimePeriod BnvPeriod(string key, PeriodKind kind, int index, string label, YearDay from, YearDay to, bool cumulative, int lastMonth) =>
        new(key, kind, index, label, from, to, cumulative,
            new Dictionary<ReportLevel, DueRule> { [ReportLevel.UpperLevel] = DueRule.NoLaterThan(20, lastMonth) });

    private static RegimePeriod CommunePeriod(string key, PeriodKind kind, int index, string label, int month) =>
        new(key, kind, index, label, PreviousDecember15, new YearDay(11, month), true,
            new Dictionary<ReportLevel, DueRule> { [ReportLevel.Government] = DueRule.BeforeDay(12, month) });
}
