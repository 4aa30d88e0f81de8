using System.Globalization;
using ParPlan.Core.Text;

namespace ParPlan.Core.Reports;

/// <summary>How reports write numbers and dates: vi-VN groups ("20.000", "85,5"), dates dd/MM/yyyy.</summary>
public static class ReportText
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Count(long n) => NumberText.Count(n);

    /// <summary>A decimal with at most <paramref name="decimals"/> places, trailing zeros dropped: "85,5", "100".</summary>
    public static string Number(decimal value, int decimals = 1) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,##0." + new string('#', Math.Max(decimals, 0)), Vi);

    /// <summary>A share of a whole as a percentage: "85,5%"; "0%" when the whole is zero.</summary>
    public static string Percent(long part, long whole) => whole == 0 ? "0%" : Number(100m * part / whole) + "%";
}
