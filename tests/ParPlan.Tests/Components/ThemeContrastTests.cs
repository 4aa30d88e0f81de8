using System.Globalization;
using ParPlan.Components.Layout;

namespace ParPlan.Tests.Components;

/// <summary>The status colours carry white chip text ("Đã ban hành", "Quá hạn") and coloured text on white (warnings):
/// both need a contrast of at least 4.5:1 (WCAG AA). MudBlazor's defaults gave 2.24:1, 3.68:1 and 2.67:1.</summary>
public sealed class ThemeContrastTests
{
    [Theory]
    [InlineData("Success")]
    [InlineData("Error")]
    [InlineData("Warning")]
    [InlineData("Info")]
    [InlineData("Primary")]
    public void A_status_colour_has_at_least_4_5_to_1_contrast_with_white(string name)
    {
        var palette = AppTheme.Theme.PaletteLight;
        var colour = name switch
        {
            "Success" => palette.Success,
            "Error" => palette.Error,
            "Warning" => palette.Warning,
            "Info" => palette.Info,
            _ => palette.Primary,
        };

        var ratio = Contrast(colour.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex), "#ffffff");

        Assert.True(ratio >= 4.5, $"{name} {colour} on white: {ratio:0.00}:1");
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
