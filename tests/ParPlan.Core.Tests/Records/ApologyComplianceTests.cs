using ParPlan.Core.Records;

namespace ParPlan.Core.Tests.Records;

public sealed class ApologyComplianceTests
{
    [Fact]
    public void Three_of_four_late_dossiers_handled_is_75_percent_and_misses_the_plans_100_percent()
    {
        var c = new ApologyCompliance(4, 3);
        Assert.Equal(75m, c.Rate);
        Assert.Equal(1, c.Lacking);
        Assert.False(c.Meets(ApologyCompliance.PlanTarget));
    }

    [Fact]
    public void Two_of_three_rounds_to_two_decimals()
    {
        Assert.Equal(66.67m, new ApologyCompliance(3, 2).Rate);
    }

    [Fact]
    public void Without_late_dossiers_there_is_no_rate_and_the_target_is_met()
    {
        var c = new ApologyCompliance(0, 0);
        Assert.Null(c.Rate);
        Assert.True(c.Meets(ApologyCompliance.PlanTarget));
    }
}
