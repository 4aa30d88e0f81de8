using Microsoft.Extensions.Time.Testing;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Core.Tasks;

namespace ParPlan.Core.Tests.Tasks;

public class DueDateCalculatorTests
{
    private static readonly DatePeriod Year2025 = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

    private static DueDateContext For(GovernmentLevel level = GovernmentLevel.Commune, TriggerRecord? trigger = null, DateOnly? setDue = null,
        IReadOnlyList<ReportingCadence>? cadences = null) =>
        new(level, Year2025, cadences, trigger, setDue);

    private static Schedule Parse(string text) => ScheduleParser.Parse(text, new ScheduleContext(2025, Year2025)).Schedule;

    [Fact]
    public void A_date_schedule_is_due_on_its_date()
    {
        var occurrences = DueDateCalculator.Occurrences(Parse("Trước ngày 15/01/2025"), For());

        var only = Assert.Single(occurrences);
        Assert.Equal(new DateOnly(2025, 1, 15), only.Due);
        Assert.Equal(OccurrenceState.Scheduled, only.State);
    }

    [Fact]
    public void A_period_schedule_is_due_at_its_hard_stop_or_window_end()
    {
        Assert.Equal(new DateOnly(2025, 3, 31), Assert.Single(DueDateCalculator.Occurrences(Parse("Quý I/2025"), For())).Due);
        Assert.Equal(new DateOnly(2025, 10, 31),
            Assert.Single(DueDateCalculator.Occurrences(Parse("Quý III, IV năm 2025; hoàn thành trước 31/10"), For())).Due);
    }

    [Theory]
    [InlineData(GovernmentLevel.District, "2025-01-31")]
    [InlineData(GovernmentLevel.Commune, "2025-02-28")]
    public void A_per_level_schedule_resolves_to_the_deadline_of_the_units_level(GovernmentLevel level, string expected)
    {
        var schedule = Parse("-UBND huyện: trước ngày 31/01/2025 - UBND Cấp xã: trước ngày 28/02/2025");
        Assert.Equal(ScheduleKind.PerLevel, schedule.Kind);

        var only = Assert.Single(DueDateCalculator.Occurrences(schedule, For(level)));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), only.Due);
    }

    [Fact]
    public void An_ongoing_task_expects_one_note_per_reporting_period_end_inside_the_plan_period()
    {
        var occurrences = DueDateCalculator.Occurrences(Parse("Thường xuyên"), For());

        Assert.Equal(
            [new DateOnly(2025, 3, 31), new DateOnly(2025, 6, 30), new DateOnly(2025, 9, 30), new DateOnly(2025, 12, 31)],
            occurrences.Select(o => o.Due!.Value));
        Assert.Equal(["2025-Q1", "2025-H1", "2025-9M", "2025"], occurrences.Select(o => o.Key));
    }

    [Fact]
    public void An_ongoing_task_under_a_six_month_and_annual_regime_reports_twice_a_year()
    {
        var occurrences = DueDateCalculator.Occurrences(Parse("Thường xuyên"),
            For(cadences: [ReportingCadence.SixMonth, ReportingCadence.Annual]));

        Assert.Equal([new DateOnly(2025, 6, 30), new DateOnly(2025, 12, 31)], occurrences.Select(o => o.Due!.Value));
    }

    [Fact]
    public void A_yearly_recurring_task_is_due_on_each_occurrence_inside_the_period()
    {
        var occurrences = DueDateCalculator.Occurrences(Parse("Hoàn thành trước 25/11 hàng năm"), For());

        Assert.Equal(new DateOnly(2025, 11, 25), Assert.Single(occurrences).Due);
    }

    [Fact]
    public void A_recurring_task_without_computable_dates_follows_the_reporting_regime()
    {
        var occurrences = DueDateCalculator.Occurrences(Parse("Định kỳ hoặc đột xuất"), For(cadences: [ReportingCadence.Quarterly]));

        Assert.Equal(4, occurrences.Count);
        Assert.All(occurrences, o => Assert.Equal(OccurrenceState.Scheduled, o.State));
    }

    [Fact]
    public void A_multi_schedule_yields_each_of_its_milestones()
    {
        var schedule = new Schedule
        {
            Text = "Quý I, 6 tháng, Quý III và năm 2025",
            Kind = ScheduleKind.Multi,
            Occurrences =
            [
                new ScheduleOccurrence { Label = "Quý I", Due = new DateOnly(2025, 3, 31) },
                new ScheduleOccurrence { Label = "6 tháng", Due = new DateOnly(2025, 6, 30) },
                new ScheduleOccurrence { Label = "Quý III", Due = new DateOnly(2025, 9, 30) },
                new ScheduleOccurrence { Label = "Năm", Due = new DateOnly(2025, 12, 31) },
            ],
        };

        var occurrences = DueDateCalculator.Occurrences(schedule, For());

        Assert.Equal(["Quý I", "6 tháng", "Quý III", "Năm"], occurrences.Select(o => o.Label));
    }

    [Fact]
    public void A_conditional_task_is_dormant_until_its_trigger_is_recorded()
    {
        var schedule = Parse("Sau khi UBND tỉnh ban hành Kế hoạch");
        Assert.Equal(ScheduleKind.Conditional, schedule.Kind);

        var before = Assert.Single(DueDateCalculator.Occurrences(schedule, For()));

        Assert.Equal(OccurrenceState.Dormant, before.State);
        Assert.Null(before.Due);
    }

    [Fact]
    public void A_recorded_trigger_makes_the_conditional_task_due_after_the_configured_span()
    {
        var schedule = Parse("Sau khi UBND tỉnh ban hành Kế hoạch");

        var standard = Assert.Single(DueDateCalculator.Occurrences(schedule, For(trigger: new TriggerRecord(new DateOnly(2025, 4, 10)))));
        var custom = Assert.Single(DueDateCalculator.Occurrences(schedule, For(trigger: new TriggerRecord(new DateOnly(2025, 4, 10), SpanDays: 15))));
        var set = Assert.Single(DueDateCalculator.Occurrences(schedule,
            For(trigger: new TriggerRecord(new DateOnly(2025, 4, 10), DueSet: new DateOnly(2025, 6, 1)))));

        Assert.Equal(new DateOnly(2025, 5, 10), standard.Due);
        Assert.Equal(new DateOnly(2025, 4, 25), custom.Due);
        Assert.Equal(new DateOnly(2025, 6, 1), set.Due);
    }

    [Fact]
    public void A_reference_task_has_no_date_until_one_is_set()
    {
        var schedule = Parse("Theo quy định");

        Assert.Equal(OccurrenceState.Unset, Assert.Single(DueDateCalculator.Occurrences(schedule, For())).State);
        Assert.Equal(new DateOnly(2025, 8, 1), Assert.Single(DueDateCalculator.Occurrences(schedule, For(setDue: new DateOnly(2025, 8, 1)))).Due);
    }

    [Fact]
    public void A_task_becomes_overdue_once_the_fake_clock_passes_its_deadline()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 15, 3, 0, 0, TimeSpan.Zero));
        var occurrences = DueDateCalculator.Occurrences(Parse("Trước ngày 15/01/2025"), For());

        var onTheDay = DueStatus.Evaluate(occurrences, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        clock.Advance(TimeSpan.FromDays(1));
        var dayAfter = DueStatus.Evaluate(occurrences, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

        Assert.False(onTheDay.Overdue);
        Assert.True(dayAfter.Overdue);
        Assert.Equal(1, dayAfter.OverdueDays);
        Assert.False(DueStatus.Evaluate(occurrences, new DateOnly(2025, 3, 1), closed: true).Overdue);
    }

    [Fact]
    public void An_ongoing_task_is_overdue_only_for_a_period_without_a_note()
    {
        var occurrences = DueDateCalculator.Occurrences(Parse("Thường xuyên"), For());
        var today = new DateOnly(2025, 7, 5);

        var missingH1 = DueStatus.Evaluate(occurrences, today, satisfiedKeys: new HashSet<string> { "2025-Q1" });
        var upToDate = DueStatus.Evaluate(occurrences, today, satisfiedKeys: new HashSet<string> { "2025-Q1", "2025-H1" });

        Assert.True(missingH1.Overdue);
        Assert.Equal(new DateOnly(2025, 6, 30), missingH1.DueDate);
        Assert.False(upToDate.Overdue);
        Assert.Equal(new DateOnly(2025, 9, 30), upToDate.DueDate);
        Assert.Equal(new DateOnly(2025, 9, 30), DueStatus.NextDue(occurrences, today, new HashSet<string> { "2025-Q1" }));
    }

    [Fact]
    public void A_dormant_task_is_never_overdue()
    {
        var occurrences = DueDateCalculator.Occurrences(Parse("Khi có chỉ đạo của tỉnh"), For());

        var status = DueStatus.Evaluate(occurrences, new DateOnly(2026, 1, 1));

        Assert.False(status.Overdue);
        Assert.Null(status.DueDate);
    }
}
