using ParPlan.Core.Labels;
using ParPlan.Core.Records;

namespace ParPlan.Core.Tests.Records;

/// <summary>The two Decision 766 feedback ratios (DOMAIN §8) on a hand-computed log of eleven feedbacks, as of 20/12/2026.</summary>
public class FeedbackRatiosTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 20);

    private static FeedbackCase Case(string due, string? resolved, string? satisfaction, bool within = true) =>
        new(new DateOnly(2026, 1, 2), DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            within, resolved is null ? null : DateOnly.Parse(resolved, System.Globalization.CultureInfo.InvariantCulture), satisfaction);

    private static readonly FeedbackCase[] Log =
    [
        Case("2026-01-10", "2026-01-08", FeedbackSatisfactionLabels.Satisfied),        // 1 early, satisfied
        Case("2026-01-10", "2026-01-10", FeedbackSatisfactionLabels.Unsatisfied),      // 2 on the due day, unsatisfied
        Case("2026-02-15", "2026-02-20", FeedbackSatisfactionLabels.Satisfied),        // 3 late
        Case("2026-02-15", "2026-02-16", FeedbackSatisfactionLabels.Unsatisfied),      // 4 late and unsatisfied: counted once
        Case("2026-03-01", "2026-02-28", null),                                         // 5 early, not rated
        Case("2026-03-01", null, null),                                                 // 6 still open past its due date
        Case("2026-12-31", null, null),                                                 // 7 open, not due yet
        Case("2026-04-01", "2026-04-01", FeedbackSatisfactionLabels.VerySatisfied),    // 8 on time
        Case("2026-05-01", "2026-04-30", FeedbackSatisfactionLabels.Neutral),          // 9 early, neutral
        Case("2026-01-05", null, null, within: false),                                  // 10 outside competence (forwarded)
        Case("2026-06-01", "2026-05-20", FeedbackSatisfactionLabels.Unsatisfied),      // 11 early, unsatisfied
    ];

    [Fact]
    public void On_time_handling_is_handled_early_or_on_time_over_the_feedback_within_competence()
    {
        var rates = FeedbackRatios.Compute(Log, AsOf);

        // Within competence: 1–9 and 11 = 10. Handled early or on time: 1, 2, 5, 8, 9, 11 = 6.
        Assert.Equal((10, 6, 1), (rates.Total, rates.OnTime, rates.OutsideCompetence));
        Assert.Equal(60m, rates.OnTimeRate);
    }

    [Fact]
    public void Satisfaction_is_the_total_less_the_feedback_rated_unsatisfied_or_overdue_over_the_total()
    {
        var rates = FeedbackRatios.Compute(Log, AsOf);

        // Unsatisfied or overdue: 2, 3, 4 (once), 6, 11 = 5; (10 − 5) ÷ 10.
        Assert.Equal(5, rates.UnsatisfiedOrOverdue);
        Assert.Equal(50m, rates.SatisfactionRate);
        Assert.Equal(2, rates.Open);
    }

    [Fact]
    public void An_open_feedback_becomes_overdue_only_after_its_due_day_and_an_empty_log_has_no_rate()
    {
        var open = new[] { Case("2026-12-20", null, null) };

        Assert.Equal(100m, FeedbackRatios.Compute(open, AsOf).SatisfactionRate);
        Assert.Equal(0m, FeedbackRatios.Compute(open, AsOf.AddDays(1)).SatisfactionRate);
        Assert.Null(FeedbackRatios.Compute([], AsOf).OnTimeRate);
        Assert.Null(FeedbackRatios.Compute([Case("2026-01-01", null, null, within: false)], AsOf).SatisfactionRate);
    }

    [Fact]
    public void Rates_are_rounded_to_two_decimals()
    {
        var three = new[] { Case("2026-01-10", "2026-01-09", null), Case("2026-01-10", "2026-01-11", null), Case("2026-01-10", "2026-01-11", null) };

        Assert.Equal(33.33m, FeedbackRatios.Compute(three, AsOf).OnTimeRate);
    }
}
