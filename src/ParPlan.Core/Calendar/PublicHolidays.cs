namespace ParPlan.Core.Calendar;

/// <summary>
/// The public holidays of the Labour Code 2019, art. 112, for a solar year: Tết Dương lịch (1/1); Tết Âm lịch, five days
/// (by default the last day of the old lunar year and lunar 1/1–4/1: the government fixes the actual days each year);
/// Giỗ Tổ Hùng Vương (lunar 10/3); Ngày Chiến thắng (30/4) and Quốc tế Lao động (1/5); Quốc khánh (2/9) with one adjacent
/// day (1/9, or 3/9 when 2/9 is a Monday). A holiday on a Saturday or Sunday gives a day off (nghỉ bù) on the next day
/// that is neither a weekend nor another holiday.
/// </summary>
public static class PublicHolidays
{
    public static IReadOnlyList<PublicHoliday> For(int year)
    {
        var tet = LunarCalendar.ToSolar(new LunarDate(1, 1, year))
            ?? throw new ArgumentOutOfRangeException(nameof(year), year, "Năm nằm ngoài phạm vi của lịch âm.");
        var hung = LunarCalendar.ToSolar(new LunarDate(10, 3, year))!.Value;
        var national = new DateOnly(year, 9, 2);
        var beside = national.DayOfWeek == DayOfWeek.Monday ? national.AddDays(1) : national.AddDays(-1);

        var days = new List<PublicHoliday>
        {
            new(new DateOnly(year, 1, 1), "Tết Dương lịch"),
            new(tet.AddDays(-1), "Tết Âm lịch (ngày cuối năm cũ)"),
        };
        for (var i = 0; i < 4; i++) days.Add(new(tet.AddDays(i), $"Tết Âm lịch (mùng {i + 1})"));
        days.Add(new(hung, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        days.Add(new(new DateOnly(year, 4, 30), "Ngày Chiến thắng (30/4)"));
        days.Add(new(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"));
        days.Add(new(national, "Quốc khánh (2/9)"));
        days.Add(new(beside, $"Quốc khánh (ngày liền kề {beside:dd/MM})"));
        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        return WithCompensation(days);
    }

    private static List<PublicHoliday> WithCompensation(List<PublicHoliday> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        var result = new List<PublicHoliday>(holidays);
        foreach (var h in holidays.Where(h => IsWeekend(h.Date)))
        {
            var d = h.Date.AddDays(1);
            while (IsWeekend(d) || taken.Contains(d)) d = d.AddDays(1);
            taken.Add(d);
            result.Add(new PublicHoliday(d, $"Nghỉ bù {h.Name} ({h.Date:dd/MM})", Compensatory: true));
        }

        result.Sort((a, b) => a.Date.CompareTo(b.Date));
        return result;
    }

    internal static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
