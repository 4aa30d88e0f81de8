using ParPlan.Core.Cascade;

namespace ParPlan.Core.Tests.Cascade;

public class ObligationRulesTests
{
    private static readonly DateOnly Due = new(2026, 2, 28);

    [Theory]
    [InlineData(false, null, "2026-02-28", ObligationStatus.Pending)]
    [InlineData(true, null, "2026-02-27", ObligationStatus.Draft)]
    [InlineData(false, null, "2026-03-01", ObligationStatus.Overdue)]
    [InlineData(true, null, "2026-03-01", ObligationStatus.Overdue)]
    [InlineData(true, "2026-02-28", "2026-04-01", ObligationStatus.Issued)]
    [InlineData(true, "2026-03-02", "2026-04-01", ObligationStatus.IssuedLate)]
    public void The_status_follows_the_child_plan_and_the_day(bool hasChild, string? issued, string today, ObligationStatus expected) =>
        Assert.Equal(expected, ObligationRules.Status(Due, hasChild, issued is null ? null : DateOnly.Parse(issued), DateOnly.Parse(today)));

    [Fact]
    public void Days_late_count_to_the_issue_date_or_to_today_while_still_owed()
    {
        Assert.Equal(2, ObligationRules.DaysLate(Due, new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 1)));
        Assert.Equal(5, ObligationRules.DaysLate(Due, null, new DateOnly(2026, 3, 5)));
        Assert.Equal(0, ObligationRules.DaysLate(Due, new DateOnly(2026, 2, 1), new DateOnly(2026, 5, 1)));
    }
}
