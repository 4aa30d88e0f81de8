using System.Globalization;
using ParPlan.Core.Indicators;

namespace ParPlan.Features.Tasks;

/// <summary>A reporting period key as users read it: "2026-Q1" is "Quý I/2026", "2026-H1" "6 tháng đầu năm 2026",
/// an occurrence date "2026-03-31" is "31/03/2026".</summary>
public static class PeriodText
{
    public static string Label(string key)
    {
        if (ReportingPeriod.TryParse(key, out var period))
        {
            return period.Label;
        }

        return DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : key;
    }
}
