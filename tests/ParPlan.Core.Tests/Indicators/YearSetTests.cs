using ParPlan.Core.Indicators;

namespace ParPlan.Core.Tests.Indicators;

/// <summary><see cref="YearSet"/>: years added in any order, repeated or not, come out distinct and ascending.</summary>
public class YearSetTests
{
    [Fact]
    public void Years_added_in_any_order_come_out_distinct_and_ascending()
    {
        var years = new YearSet();
        foreach (var year in new[] { 2026, 2024, 2026, 2019, 2025, 2024, 2031, 2020, 2022 })
        {
            years.Add(year);
        }

        Assert.Equal([2019, 2020, 2022, 2024, 2025, 2026, 2031], years);
        Assert.Equal([2019, 2020, 2022, 2024, 2025, 2026, 2031], years.ToArray());
        Assert.Equal(7, years.Count);
        Assert.Equal(2019, years[0]);
        Assert.Equal(2031, years[years.Count - 1]);
        Assert.True(years.Contains(2022));
        Assert.False(years.Contains(2021));
        Assert.False(years.Add(2025));
        Assert.Throws<ArgumentOutOfRangeException>(() => years[7]);
    }

    [Fact]
    public void A_union_adds_the_other_sets_years_once()
    {
        var years = new YearSet();
        years.Add(2025);
        var other = new YearSet();
        other.Add(2026);
        other.Add(2025);
        other.Add(2023);

        years.UnionWith(other);

        Assert.Equal([2023, 2025, 2026], years);
    }
}
