using System.Globalization;
using ParPlan.Core.Calendar;

namespace ParPlan.Core.Tests.Calendar;

public class WorkingCalendarTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Ten_working_days_from_12_february_2026_skip_the_weekends_and_the_tet_days()
    {
        // 13/02 (1), Tết 16–20/02, 23–27/02 (2–6), 02–05/03 (7–10).
        Assert.Equal(D("2026-03-05"), WorkingCalendar.Vietnam.AddWorkingDays(D("2026-02-12"), 10));
        Assert.Equal(D("2026-02-26"), WorkingCalendar.WeekendsOnly.AddWorkingDays(D("2026-02-12"), 10));
    }

    [Fact]
    public void Working_days_across_30_april_and_1_may_skip_both()
    {
        // 29/04/2026 (1), 30/04 and 01/05 off, weekend, 04/05 (2), 05/05 (3).
        Assert.Equal(D("2026-05-05"), WorkingCalendar.Vietnam.AddWorkingDays(D("2026-04-28"), 3));
    }

    [Fact]
    public void The_first_counted_day_is_the_day_after_the_start()
    {
        Assert.Equal(D("2026-03-03"), WorkingCalendar.Vietnam.AddWorkingDays(D("2026-03-02"), 1));
        Assert.Equal(D("2026-03-09"), WorkingCalendar.Vietnam.AddWorkingDays(D("2026-03-06"), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.Vietnam.AddWorkingDays(D("2026-03-02"), 0));
    }

    [Theory]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-04-27", false)]
    [InlineData("2026-09-01", false)]
    [InlineData("2026-02-14", false)]
    [InlineData("2026-02-23", true)]
    public void Holidays_compensation_days_and_weekends_are_not_working_days(string date, bool working)
    {
        Assert.Equal(working, WorkingCalendar.Vietnam.IsWorkingDay(D(date)));
    }

    [Fact]
    public void The_weekends_only_calendar_works_on_holidays()
    {
        Assert.True(WorkingCalendar.WeekendsOnly.IsWorkingDay(D("2026-02-17")));
        Assert.False(WorkingCalendar.WeekendsOnly.IsWorkingDay(D("2026-02-21")));
    }

    [Fact]
    public void A_configured_extra_day_off_moves_the_deadline_a_day_later()
    {
        var calendar = new WorkingCalendar(daysOff: [D("2026-02-13")]);

        Assert.False(calendar.IsWorkingDay(D("2026-02-13")));
        Assert.Equal(D("2026-03-06"), calendar.AddWorkingDays(D("2026-02-12"), 10));
    }

    [Fact]
    public void A_saturday_worked_by_the_official_schedule_counts_as_a_working_day()
    {
        var calendar = new WorkingCalendar(daysOff: [D("2026-02-13")], workingDays: [D("2026-02-28")]);

        Assert.True(calendar.IsWorkingDay(D("2026-02-28")));
        Assert.Equal(D("2026-03-05"), calendar.AddWorkingDays(D("2026-02-12"), 10));
    }

    [Fact]
    public void A_holiday_declared_worked_is_a_working_day()
    {
        var calendar = new WorkingCalendar(workingDays: [D("2026-02-16")]);

        Assert.True(calendar.IsWorkingDay(D("2026-02-16")));
        Assert.False(calendar.IsWorkingDay(D("2026-02-17")));
    }
}
