using ParPlan.Core.Indicators;
using ParPlan.Features.Indicators;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>The board writes numbers as Vietnamese readers write them: a dot between thousands, a comma before decimals.</summary>
public sealed class BoardFormatTests
{
    [Fact]
    public void Counts_group_thousands_with_a_dot_and_rates_use_a_decimal_comma()
    {
        Assert.Equal("20.000", BoardFormat.Count(20_000));
        Assert.Equal("1.000.000", BoardFormat.Count(1_000_000));
        Assert.Equal("66,67 %", BoardFormat.Value(66.67m, "%"));
        Assert.Equal("40.918", BoardFormat.Value(40_918m, "hồ sơ"));
        Assert.Equal("—", BoardFormat.Count(null));
    }

    [Fact]
    public void A_target_reads_with_its_comparator_sign_and_a_group_score_with_its_maximum()
    {
        Assert.Equal("≥ 98,5 %", BoardFormat.Target(">=", 98.5m, "%"));
        Assert.Equal("giảm 10 %", BoardFormat.Target("reduce-by", 10m, "%"));
        Assert.Equal("15,6 / 20 điểm", BoardFormat.Points(15.6m, 20m));
        Assert.Equal("Chưa ước tính được", BoardFormat.Points(null, 18m));
    }

    [Fact]
    public void Traffic_lights_use_the_theme_colours_and_say_the_assessment_in_vietnamese()
    {
        var theme = ParPlan.Components.Layout.AppTheme.Theme.PaletteLight;

        Assert.Equal(theme.Success.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex), BoardFormat.LightColor(AttainmentStatus.Met));
        Assert.Equal(theme.Error.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex), BoardFormat.LightColor(AttainmentStatus.Missed));
        Assert.Contains("title=\"Có nguy cơ\"", BoardFormat.Light(AttainmentStatus.AtRisk).Value, StringComparison.Ordinal);
        Assert.Contains(theme.Info.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex), BoardFormat.Sparkline([1m, null, 3m]).Value, StringComparison.Ordinal);
    }
}
