using System.Globalization;

namespace ParPlan.Core.Text;

/// <summary>Counts and numbers as Vietnamese readers write them: 20.000 (dot for thousands), 12,5 (comma for decimals).</summary>
public static class NumberText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Count(long value) => value.ToString("N0", Vietnamese);

    /// <summary>A value with at most two decimals, trailing zeros dropped: "20.000", "66,67".</summary>
    public static string Decimal(decimal value) => value.ToString("#,##0.##", Vietnamese);

    public static string Percent(double value) => value.ToString("0.#", Vietnamese) + "%";
}
