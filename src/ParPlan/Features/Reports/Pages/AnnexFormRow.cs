using System.Globalization;

namespace ParPlan.Features.Reports.Pages;

/// <summary>One typed-in annex row as the form posts it: the code, the value as typed (Vietnamese: "1.250", "12,5";
/// empty clears it) and a note.</summary>
public sealed class AnnexFormRow
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public string? Code { get; set; }

    public string? Value { get; set; }

    public string? Note { get; set; }

    /// <summary>The value written the Vietnamese way ("1.250", "12,5"), for the input.</summary>
    public static string Show(decimal? value) => value is { } v ? v.ToString("0.####", Vi) : "";

    /// <summary>The typed value: empty is no value; otherwise a number written the Vietnamese way (a comma before the
    /// decimals, dots between thousands); false when it is not a number.</summary>
    public bool TryRead(out decimal? value)
    {
        value = null;
        var text = Value?.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, Vi, out var v))
        {
            value = v;
            return true;
        }

        return false;
    }
}
