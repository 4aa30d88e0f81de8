using ParPlan.Core.Indicators;

namespace ParPlan.Core.Reports;

/// <summary>
/// Which of a child's reports a government's report consolidates. A province reports under the Bộ Nội vụ regime
/// ("2026-Q3", Quý III) while its communes report under theirs ("2026-9M", 9 tháng): the same report instance of the
/// year under two regimes. A child's report matches, best first:
/// <list type="number">
/// <item>the same regime and period code;</item>
/// <item>the same period code under another regime;</item>
/// <item>a period of the same year whose contract period ends in the same month (Quý I ↔ 3 tháng, 6 tháng, Quý III ↔
/// 9 tháng, năm), a monthly report only with a monthly one.</item>
/// </list>
/// Ad hoc reports ("2026-DX01") match by their code only. Nothing here reads the period's name.
/// </summary>
public static class ReportPeriodMatch
{
    /// <summary>0 for the same regime and period, 1 for the same period under another regime, 2 for the same year and
    /// closing month; null when the child's report is not of the parent's period.</summary>
    public static int? Rank(string parentRegime, string parentPeriod, string childRegime, string childPeriod)
    {
        if (string.Equals(parentPeriod, childPeriod, StringComparison.Ordinal))
        {
            return string.Equals(parentRegime, childRegime, StringComparison.Ordinal) ? 0 : 1;
        }

        if (!ReportingPeriod.TryParse(parentPeriod, out var parent) || !ReportingPeriod.TryParse(childPeriod, out var child))
        {
            return null;
        }

        var monthly = (parent.Kind == PeriodKind.Month, child.Kind == PeriodKind.Month);
        return parent.Year == child.Year && parent.LastMonth == child.LastMonth && monthly.Item1 == monthly.Item2 ? 2 : null;
    }

    /// <summary>Whether the child's report is of the parent's period (<see cref="Rank"/> is not null).</summary>
    public static bool Matches(string parentRegime, string parentPeriod, string childRegime, string childPeriod) =>
        Rank(parentRegime, parentPeriod, childRegime, childPeriod) is not null;
}
