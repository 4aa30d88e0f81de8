using System.Globalization;
using ParPlan.Core.Calendar;

namespace ParPlan.Core.Tests.Calendar;

public class LunarCalendarTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    [InlineData(2030, "2030-02-02")]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    public void Tet_falls_on_the_known_solar_date_both_ways(int year, string expected)
    {
        Assert.Equal(D(expected), LunarCalendar.ToSolar(new LunarDate(1, 1, year)));
        Assert.Equal(new LunarDate(1, 1, year), LunarCalendar.FromSolar(D(expected)));
    }

    [Theory]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2030, "2030-02-02")]
    [InlineData(2053, "2053-02-18")]
    public void Tet_in_the_years_where_the_chinese_calendar_differs_follows_the_vietnamese_meridian(int year, string expected)
    {
        var chinese = new ChineseLunisolarCalendar();
        var chineseNewYear = DateOnly.FromDateTime(chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));

        Assert.NotEqual(chineseNewYear, D(expected));
        Assert.Equal(D(expected), LunarCalendar.ToSolar(new LunarDate(1, 1, year)));
    }

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_kings_day_lunar_tenth_of_the_third_month_falls_on_the_known_date(int year, string expected)
    {
        Assert.Equal(D(expected), LunarCalendar.ToSolar(new LunarDate(10, 3, year)));
        Assert.Equal(new LunarDate(10, 3, year), LunarCalendar.FromSolar(D(expected)));
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    public void A_thirteen_month_year_names_its_leap_month(int year, int leapMonth)
    {
        Assert.Equal(leapMonth, LunarCalendar.LeapMonthOf(year));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void A_twelve_month_year_has_no_leap_month(int year)
    {
        Assert.Null(LunarCalendar.LeapMonthOf(year));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(1, 2, year, Leap: true)));
    }

    [Fact]
    public void The_leap_second_month_of_2023_follows_the_ordinary_second_month()
    {
        Assert.Equal(D("2023-02-20"), LunarCalendar.ToSolar(new LunarDate(1, 2, 2023)));
        Assert.Equal(D("2023-03-22"), LunarCalendar.ToSolar(new LunarDate(1, 2, 2023, Leap: true)));
        Assert.Equal(D("2023-04-20"), LunarCalendar.ToSolar(new LunarDate(1, 3, 2023)));
        Assert.Equal(new LunarDate(1, 2, 2023, Leap: true), LunarCalendar.FromSolar(D("2023-03-22")));
    }

    [Fact]
    public void The_leap_sixth_month_of_2025_follows_the_ordinary_sixth_month()
    {
        Assert.Equal(D("2025-06-25"), LunarCalendar.ToSolar(new LunarDate(1, 6, 2025)));
        Assert.Equal(D("2025-07-25"), LunarCalendar.ToSolar(new LunarDate(1, 6, 2025, Leap: true)));
        Assert.Equal(D("2025-08-23"), LunarCalendar.ToSolar(new LunarDate(1, 7, 2025)));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(1, 5, 2025, Leap: true)));
    }

    [Fact]
    public void Every_day_from_1990_to_2040_converts_to_lunar_and_back()
    {
        for (var d = D("1990-01-01"); d <= D("2040-12-31"); d = d.AddDays(1))
        {
            var lunar = LunarCalendar.FromSolar(d);
            Assert.Equal(d, LunarCalendar.ToSolar(lunar));
        }
    }

    [Fact]
    public void The_last_day_of_a_lunar_year_is_the_eve_of_tet()
    {
        var eve = LunarCalendar.FromSolar(D("2026-02-16"));

        Assert.Equal(12, eve.Month);
        Assert.Equal(2025, eve.Year);
        Assert.Equal(29, eve.Day);
    }
}
