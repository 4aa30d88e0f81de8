using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Indicators;

public class TargetAttainmentTests
{
    private static PlanTarget Target(string cmp, decimal value, string unit = "%", GovernmentLevel? level = null, bool stretch = false) =>
        new() { Text = "chỉ tiêu", Comparator = cmp, Value = value, Unit = unit, Level = level, Stretch = stretch };

    [Theory]
    [InlineData(">=", 80, 80, AttainmentStatus.Met)]
    [InlineData(">=", 80, 76, AttainmentStatus.AtRisk)]
    [InlineData(">=", 80, 75, AttainmentStatus.AtRisk)]
    [InlineData(">=", 80, 74.9, AttainmentStatus.Missed)]
    [InlineData(">", 80, 80, AttainmentStatus.AtRisk)]
    [InlineData(">", 80, 80.01, AttainmentStatus.Met)]
    [InlineData(">", 80, 70, AttainmentStatus.Missed)]
    [InlineData("=", 100, 100, AttainmentStatus.Met)]
    [InlineData("=", 100, 97, AttainmentStatus.AtRisk)]
    [InlineData("=", 100, 90, AttainmentStatus.Missed)]
    [InlineData("<=", 10, 10, AttainmentStatus.Met)]
    [InlineData("<=", 10, 14, AttainmentStatus.AtRisk)]
    [InlineData("<=", 10, 16, AttainmentStatus.Missed)]
    [InlineData("<", 10, 9.99, AttainmentStatus.Met)]
    [InlineData("<", 10, 10, AttainmentStatus.AtRisk)]
    [InlineData("<", 10, 20, AttainmentStatus.Missed)]
    public void Each_comparator_is_met_at_risk_within_five_points_or_missed(string cmp, double value, double actual, AttainmentStatus expected)
    {
        var result = TargetAttainment.Evaluate(Target(cmp, (decimal)value), (decimal)actual);

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void No_actual_means_no_data()
    {
        var result = TargetAttainment.Evaluate(Target(">=", 80), null);

        Assert.Equal(AttainmentStatus.NoData, result.Status);
    }

    [Theory]
    [InlineData(90, AttainmentStatus.Met, 10)]
    [InlineData(92, AttainmentStatus.AtRisk, 8)]
    [InlineData(96, AttainmentStatus.Missed, 4)]
    public void Reduce_by_compares_the_reduction_from_the_baseline_in_percent(double actual, AttainmentStatus expected, double reduction)
    {
        var target = Target(Comparators.ReduceBy, 10) with { BaselineYear = 2021 };

        var result = TargetAttainment.Evaluate(target, (decimal)actual, new AttainmentOptions { Baseline = 100 });

        Assert.Equal(expected, result.Status);
        Assert.Equal((decimal)reduction, result.Measured);
    }

    [Fact]
    public void Reduce_by_a_count_subtracts_from_the_baseline_and_needs_a_baseline()
    {
        var target = Target(Comparators.ReduceBy, 12, unit: "biên chế");

        var met = TargetAttainment.Evaluate(target, 188, new AttainmentOptions { Baseline = 200 });
        var noBaseline = TargetAttainment.Evaluate(target, 188);

        Assert.Equal(AttainmentStatus.Met, met.Status);
        Assert.Equal(12m, met.Measured);
        Assert.Equal(AttainmentStatus.NoData, noBaseline.Status);
    }

    [Fact]
    public void Floor_met_but_stretch_not_reached_is_met_with_the_stretch_flagged()
    {
        PlanTarget[] targets = [Target(">=", 50), Target(">", 80, stretch: true)];

        var result = TargetAttainment.Evaluate(targets, GovernmentLevel.District, 65m);

        Assert.Equal(AttainmentStatus.Met, result.Status);
        Assert.False(result.StretchReached);
        Assert.Equal(80m, result.StretchTarget!.Value);
        Assert.Contains("phấn đấu", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Beating_the_stretch_reports_it_reached_and_missing_the_floor_is_missed()
    {
        PlanTarget[] targets = [Target(">=", 50), Target(">", 80, stretch: true)];

        var high = TargetAttainment.Evaluate(targets, GovernmentLevel.District, 85m);
        var low = TargetAttainment.Evaluate(targets, GovernmentLevel.District, 40m);

        Assert.Equal((AttainmentStatus.Met, (bool?)true), (high.Status, high.StretchReached));
        Assert.Equal((AttainmentStatus.Missed, (bool?)false), (low.Status, low.StretchReached));
    }

    [Fact]
    public void A_stretch_only_target_decides_the_status_itself()
    {
        var result = TargetAttainment.Evaluate([Target(">=", 60, stretch: true)], GovernmentLevel.Commune, 61m);

        Assert.Equal(AttainmentStatus.Met, result.Status);
        Assert.Null(result.StretchReached);
    }

    [Fact]
    public void Values_that_differ_by_level_pick_the_unit_level_else_the_level_less_target()
    {
        PlanTarget[] targets = [Target(">=", 90, level: GovernmentLevel.District), Target(">=", 80, level: GovernmentLevel.Commune)];
        PlanTarget[] withDefault = [.. targets, Target(">=", 70)];

        var district = TargetAttainment.Evaluate(targets, GovernmentLevel.District, 85m);
        var commune = TargetAttainment.Evaluate(targets, GovernmentLevel.Commune, 85m);
        var province = TargetAttainment.Evaluate(withDefault, GovernmentLevel.Province, 72m);
        var none = TargetAttainment.Evaluate(targets, GovernmentLevel.Province, 72m);

        Assert.Equal((AttainmentStatus.AtRisk, 90m), (district.Status, district.Target!.Value));
        Assert.Equal((AttainmentStatus.Met, 80m), (commune.Status, commune.Target!.Value));
        Assert.Equal((AttainmentStatus.Met, 70m), (province.Status, province.Target!.Value));
        Assert.Equal(AttainmentStatus.NoData, none.Status);
    }

    [Fact]
    public void Mid_year_a_rate_short_beyond_the_margin_is_at_risk_not_yet_missed()
    {
        var result = TargetAttainment.Evaluate(Target(">=", 98), 85m, new AttainmentOptions { ElapsedShare = 0.5m });

        Assert.Equal(AttainmentStatus.AtRisk, result.Status);
        Assert.Equal(13m, result.Shortfall);
    }

    [Theory]
    [InlineData(12, AttainmentStatus.Met)]
    [InlineData(8, AttainmentStatus.AtRisk)]
    [InlineData(20, AttainmentStatus.Met)]
    public void Mid_year_a_cumulative_count_is_judged_on_its_projection(double actual, AttainmentStatus expected)
    {
        var target = Target(">=", 20, unit: "cuộc kiểm tra");

        var result = TargetAttainment.Evaluate(target, (decimal)actual, new AttainmentOptions { ElapsedShare = 0.5m });

        Assert.Equal(expected, result.Status);
        Assert.Equal((decimal)actual * 2, result.Projected);
    }

    [Theory]
    [InlineData(4, AttainmentStatus.Met)]
    [InlineData(7, AttainmentStatus.AtRisk)]
    [InlineData(11, AttainmentStatus.Missed)]
    public void Mid_year_an_at_most_count_already_exceeded_is_missed_and_one_trending_over_is_at_risk(double actual, AttainmentStatus expected)
    {
        var target = Target("<=", 10, unit: "hồ sơ");

        var result = TargetAttainment.Evaluate(target, (decimal)actual, new AttainmentOptions { ElapsedShare = 0.5m });

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void The_margin_is_configurable()
    {
        var result = TargetAttainment.Evaluate(Target(">=", 80), 77m, new AttainmentOptions { MarginPoints = 2 });

        Assert.Equal(AttainmentStatus.Missed, result.Status);
    }
}
