using CsCheck;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Schedules;

/// <summary>Generated spellings of the deadline forms: spacing, case, "năm" versus "/", missing years, lists and ranges.</summary>
public class SchedulePropertyTests
{
    private static readonly string[] Romans = ["I", "II", "III", "IV"];

    private static readonly Gen<string> Space = Gen.OneOf("", " ", "  ");

    private static readonly Gen<Func<string, string>> Casing =
        Gen.OneOf<Func<string, string>>(s => s, s => s.ToUpperInvariant(), s => s.ToLowerInvariant());

    private static readonly Gen<int> Year = Gen.Int[2020, 2035];

    [Fact]
    public void Any_spelling_of_one_quarter_gives_that_quarter_of_the_stated_or_plan_year()
    {
        Gen.Select(Gen.Int[1, 4], Year, Gen.Int[0, 4], Casing, Gen.Bool, Space).Sample((q, year, form, casing, arabic, space) =>
        {
            var numeral = arabic ? q.ToString(System.Globalization.CultureInfo.InvariantCulture) : Romans[q - 1];
            var cell = form switch
            {
                0 => $"Quý {numeral}/{year}",
                1 => $"Quý{space} {numeral} năm {year}",
                2 => $"Quý {numeral},{space} Năm {year}",
                3 => $"Trong quý {numeral}{space}/{space}{year}",
                _ => $"Quý {numeral}",
            };
            var expectedYear = form == 4 ? 2031 : year;

            var schedule = ScheduleParser.Parse(casing(cell), new ScheduleContext(2031)).Schedule;

            Assert.Equal(ScheduleKind.Period, schedule.Kind);
            Assert.Equal(new DateOnly(expectedYear, (q * 3) - 2, 1), schedule.From);
            Assert.Equal(new DateOnly(expectedYear, q * 3, 1).AddMonths(1).AddDays(-1), schedule.Due);
        });
    }

    [Fact]
    public void A_list_of_consecutive_quarters_gives_one_window_from_the_first_to_the_last()
    {
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 3], Year, Gen.OneOf(",", ", ", " và ", "-"), Gen.Bool).Sample((first, extra, year, sep, slash) =>
        {
            var last = Math.Min(4, first + extra);
            var numerals = string.Join(sep, Enumerable.Range(first, last - first + 1).Select(n => Romans[n - 1]));
            var cell = slash ? $"Quý {numerals}/{year}" : $"Quý {numerals} năm {year}";

            var schedule = ScheduleParser.Parse(cell, new ScheduleContext(year)).Schedule;

            Assert.Equal(ScheduleKind.Period, schedule.Kind);
            Assert.Equal(new DateOnly(year, (first * 3) - 2, 1), schedule.From);
            Assert.Equal(new DateOnly(year, last * 3, 1).AddMonths(1).AddDays(-1), schedule.To);
        });
    }

    [Fact]
    public void A_dated_deadline_in_any_spelling_is_due_on_that_day()
    {
        Gen.Select(Gen.Date[new DateTime(2020, 1, 1), new DateTime(2035, 12, 31)], Gen.Int[0, 3], Gen.Bool, Space, Casing).Sample((date, form, pad, space, casing) =>
        {
            var day = pad ? date.Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cell = form switch
            {
                0 => $"Trước ngày {day}/{date.Month}/{date.Year}",
                1 => $"trước{space} {day}/{date.Month:00}/{date.Year}",
                2 => $"Hoàn thành trước ngày {day}/{date.Month}/{date.Year}.",
                _ => $"Trước ngày {day}/{date.Month}",
            };
            var expected = DateOnly.FromDateTime(form == 3 ? new DateTime(2030, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(2030, date.Month))) : date);
            if (form == 3 && expected.Day != date.Day)
            {
                return;
            }

            var schedule = ScheduleParser.Parse(casing(cell), new ScheduleContext(2030)).Schedule;

            Assert.Equal(ScheduleKind.Date, schedule.Kind);
            Assert.Equal(expected, schedule.Due);
        });
    }

    [Fact]
    public void A_month_in_any_spelling_is_a_window_over_that_month()
    {
        Gen.Select(Gen.Int[1, 12], Year, Gen.Int[0, 3], Space).Sample((month, year, form, space) =>
        {
            var cell = form switch
            {
                0 => $"Tháng {month:00}/{year}",
                1 => $"tháng {month} năm {year}",
                2 => $"Trong tháng{space} {month}/{year}",
                _ => $"Tháng {month}",
            };
            var expectedYear = form == 3 ? 2029 : year;

            var schedule = ScheduleParser.Parse(cell, new ScheduleContext(2029)).Schedule;

            Assert.Equal(ScheduleKind.Period, schedule.Kind);
            Assert.Equal(new DateOnly(expectedYear, month, 1), schedule.From);
            Assert.Equal(new DateOnly(expectedYear, month, DateTime.DaysInMonth(expectedYear, month)), schedule.To);
        });
    }

    [Fact]
    public void A_month_range_runs_from_the_first_month_to_the_end_of_the_last()
    {
        Gen.Select(Gen.Int[1, 11], Gen.Int[1, 11], Year).Sample((first, span, year) =>
        {
            var last = Math.Min(12, first + span);

            var schedule = ScheduleParser.Parse($"Từ tháng {first} đến tháng {last}/{year}", new ScheduleContext(year)).Schedule;

            Assert.Equal(ScheduleKind.Period, schedule.Kind);
            Assert.Equal(new DateOnly(year, first, 1), schedule.From);
            Assert.Equal(new DateOnly(year, last, DateTime.DaysInMonth(year, last)), schedule.To);
        });
    }

    [Fact]
    public void A_year_in_any_spelling_is_a_window_over_that_year()
    {
        Gen.Select(Year, Gen.OneOf("Năm {0}", "năm {0}", "Cả năm {0}", "Trong năm {0}", "NĂM {0}", "Trong  năm  {0} "), Casing).Sample((year, format, casing) =>
        {
            var cell = casing(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, year));

            var schedule = ScheduleParser.Parse(cell, new ScheduleContext(2020)).Schedule;

            Assert.Equal(ScheduleKind.Period, schedule.Kind);
            Assert.Equal((new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), (schedule.From!.Value, schedule.To!.Value));
        });
    }

    [Fact]
    public void Parse_never_fails_internally_and_always_keeps_the_collapsed_text()
    {
        var alphabet = "Quý IV/2025 năm tháng ngày trước sau khi theo 31/02 - ; , ( ) 6 9 đến từ hàng định kỳ UBND huyện: xã: ̣ \u0301 thường xuyên";
        Gen.Char[alphabet].Array[0, 60].Select(chars => new string(chars)).Sample(cell =>
        {
            var result = ScheduleParser.Parse(cell, new ScheduleContext(2025));

            Assert.Equal(ParPlan.Core.Text.VietText.CollapseWhitespace(ParPlan.Core.Text.VietText.Normalize(cell)), result.Schedule.Text);
            Assert.DoesNotContain(result.Warnings, w => w.StartsWith("schedule not understood (", StringComparison.Ordinal));
        });
    }
}
