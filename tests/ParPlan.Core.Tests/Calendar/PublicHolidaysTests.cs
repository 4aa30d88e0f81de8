using System.Globalization;
using ParPlan.Core.Calendar;

namespace ParPlan.Core.Tests.Calendar;

public class PublicHolidaysTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] DatesOf(int year) =>
        [.. PublicHolidays.For(year).Select(h => h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];

    [Fact]
    public void The_2026_days_off_follow_the_labour_code_with_tet_from_monday_16_february()
    {
        // Tết is Tuesday 17/02/2026: the eve (16/02) and lunar 1/1–4/1 (17–20/02). Giỗ Tổ 26/04 is a Sunday: 27/04 off.
        // 2/9 is a Wednesday, so the adjacent day is Tuesday 1/9.
        Assert.Equal(
            ["2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
             "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"],
            DatesOf(2026));
    }

    [Fact]
    public void The_2025_days_off_give_monday_3_february_for_the_tet_day_on_a_saturday()
    {
        // Tết is Wednesday 29/01/2025: 28/01–01/02, and 01/02 is a Saturday. Giỗ Tổ is Monday 07/04; 2/9 a Tuesday.
        Assert.Equal(
            ["2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-03",
             "2025-04-07", "2025-04-30", "2025-05-01", "2025-09-01", "2025-09-02"],
            DatesOf(2025));
    }

    [Fact]
    public void Holidays_on_a_weekend_in_2022_move_to_the_next_free_working_days()
    {
        // 01/01/2022 was a Saturday, 10/04 (Giỗ Tổ) a Sunday, 30/04 a Saturday and 01/05 a Sunday:
        // 03/01, 11/04, 02/05 and 03/05 were off.
        var compensations = PublicHolidays.For(2022).Where(h => h.Compensatory).Select(h => h.Date).ToList();

        Assert.Equal([D("2022-01-03"), D("2022-04-11"), D("2022-05-02"), D("2022-05-03")], compensations);
    }

    [Fact]
    public void When_2_september_is_a_monday_the_adjacent_day_is_3_september()
    {
        // 2/9/2024 was a Monday.
        var september = PublicHolidays.For(2024).Where(h => h.Date.Month == 9).Select(h => h.Date).ToList();

        Assert.Equal([D("2024-09-02"), D("2024-09-03")], september);
    }

    [Fact]
    public void Every_holiday_has_a_vietnamese_name()
    {
        var holidays = PublicHolidays.For(2026);

        Assert.All(holidays, h => Assert.False(string.IsNullOrWhiteSpace(h.Name)));
        Assert.Contains(holidays, h => h.Name.StartsWith("Tết Âm lịch", StringComparison.Ordinal));
        Assert.Contains(holidays, h => h.Date == D("2026-04-27") && h.Compensatory && h.Name.Contains("Giỗ Tổ", StringComparison.Ordinal));
    }
}
