using ParPlan.Core.Inspections;

namespace ParPlan.Core.Tests.Inspections;

public class InspectionRulesTests
{
    [Fact]
    public void Coverage_is_the_inspected_share_of_the_denominator_and_reaches_a_target_at_or_above_it()
    {
        var twenty = new InspectionCoverage(10, 2, 20);
        var short1 = new InspectionCoverage(9, 1, 20);

        Assert.Equal(20m, twenty.Rate);
        Assert.True(twenty.Reached);
        Assert.Equal(0, twenty.Missing);
        Assert.Equal(11.1m, short1.Rate);
        Assert.False(short1.Reached);
        Assert.Equal(1, short1.Missing); // 20% of 9 units is 1.8: two must be inspected
        Assert.Null(new InspectionCoverage(0, 0, 30).Rate);
    }

    [Fact]
    public void A_finding_is_closed_when_its_task_is_done_and_overdue_only_after_its_due_day()
    {
        var due = new DateOnly(2026, 10, 31);

        Assert.Equal(FindingStatus.Closed, InspectionRules.Status(true, due, due.AddDays(30)));
        Assert.Equal(FindingStatus.Open, InspectionRules.Status(false, due, due));
        Assert.Equal(FindingStatus.Overdue, InspectionRules.Status(false, due, due.AddDays(1)));
    }

    [Fact]
    public void Percentages_are_written_the_Vietnamese_way() =>
        Assert.Equal(("20%", "22,2%", "—"), (InspectionRules.Percent(20m), InspectionRules.Percent(22.2m), InspectionRules.Percent(null)));
}
