using ParPlan.Core.Calendar;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Core.Tasks;

namespace ParPlan.Core.Tests.Tasks;

public class TriggerSpanTests
{
    private static readonly DatePeriod Year2026 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    private static Schedule Parse(string text) => ScheduleParser.Parse(text, new ScheduleContext(2026, Year2026)).Schedule;

    [Theory]
    [InlineData("Trong vòng 30 ngày sau khi UBND tỉnh ban hành Kế hoạch", "2026-03-12")]
    [InlineData("Chậm nhất 15 ngày kể từ khi có hướng dẫn của tỉnh", "2026-02-25")]
    [InlineData("trong vong 02 thang sau khi co ke hoach", "2026-04-10")]
    [InlineData("Trong vòng 10 ngày làm việc sau khi có văn bản", "2026-02-24")]
    public void A_span_stated_in_the_condition_is_counted_from_the_event(string condition, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            TriggerSpan.Apply(condition, new DateOnly(2026, 2, 10)));
    }

    [Theory]
    [InlineData("Sau khi UBND tỉnh ban hành Kế hoạch")]
    [InlineData("Sau khi có Kế hoạch số 30/KH-UBND")]
    [InlineData("")]
    public void A_condition_without_a_span_gives_none(string condition)
    {
        Assert.Null(TriggerSpan.Apply(condition, new DateOnly(2026, 2, 10)));
    }

    [Fact]
    public void A_conditional_task_with_a_stated_span_falls_due_that_many_days_after_the_recorded_event()
    {
        var schedule = Parse("Trong vòng 20 ngày sau khi UBND tỉnh ban hành Kế hoạch");
        var context = new DueDateContext(GovernmentLevel.Commune, Year2026, Trigger: new TriggerRecord(new DateOnly(2026, 3, 1)));

        var due = Assert.Single(DueDateCalculator.Occurrences(schedule, context));

        Assert.Equal(ScheduleKind.Conditional, schedule.Kind);
        Assert.Equal(new DateOnly(2026, 3, 21), due.Due);
    }

    [Fact]
    public void Working_days_counted_on_the_vietnamese_calendar_skip_the_tet_holidays()
    {
        const string condition = "Trong vòng 10 ngày làm việc sau khi có văn bản";

        Assert.Equal(new DateOnly(2026, 3, 5), TriggerSpan.Apply(condition, new DateOnly(2026, 2, 12), WorkingCalendar.Vietnam));
        Assert.Equal(new DateOnly(2026, 2, 26), TriggerSpan.Apply(condition, new DateOnly(2026, 2, 12)));
    }

    [Fact]
    public void Calendar_days_ignore_the_working_calendar()
    {
        Assert.Equal(new DateOnly(2026, 2, 22),
            TriggerSpan.Apply("Trong vòng 10 ngày sau khi có văn bản", new DateOnly(2026, 2, 12), WorkingCalendar.Vietnam));
    }

    [Fact]
    public void A_conditional_task_counts_its_working_days_on_the_calendar_of_its_context()
    {
        var schedule = Parse("Trong vòng 10 ngày làm việc sau khi UBND tỉnh ban hành Kế hoạch");
        var calendar = new WorkingCalendar(daysOff: [new DateOnly(2026, 2, 13)]);
        var context = new DueDateContext(GovernmentLevel.Commune, Year2026, Trigger: new TriggerRecord(new DateOnly(2026, 2, 12)),
            Calendar: calendar);

        var due = Assert.Single(DueDateCalculator.Occurrences(schedule, context));

        Assert.Equal(new DateOnly(2026, 3, 6), due.Due);
    }
}
