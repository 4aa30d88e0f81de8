using ParPlan.Core.ParIndex;

namespace ParPlan.Core.Tests.ParIndex;

public sealed class RuleScorerTests
{
    private static readonly CriteriaSet Set = SampleSets.Sample();

    private static CriterionNode Leaf(string code) => Set.Leaves().Single(l => l.Code == code);

    [Theory]
    [InlineData(26.5, true)]
    [InlineData(28, true)]
    [InlineData(26.3, false)]
    [InlineData(28.5, false)]
    [InlineData(-1, false)]
    public void A_manual_score_is_allowed_from_0_to_the_maximum_in_the_rules_step(double score, bool allowed) =>
        Assert.Equal(allowed, RuleScorer.Check(Leaf("2.1"), (decimal)score) is null);

    [Fact]
    public void A_manual_rule_without_a_step_takes_quarter_points()
    {
        var leaf = new CriterionNode { Code = "9", MaxPoints = 1, Rule = new ScoringRule { Kind = RuleKinds.Manual } };
        Assert.Null(RuleScorer.Check(leaf, 0.75m));
        Assert.Equal("Điểm của tiêu chí 9 phải chấm theo bước 0,25 điểm.", RuleScorer.Check(leaf, 0.3m));
    }

    [Fact]
    public void A_score_above_the_maximum_is_refused_naming_the_code_and_maximum() =>
        Assert.Equal("Điểm của tiêu chí 2.1 phải từ 0 đến điểm tối đa 28 (đã nhập 28,5).", RuleScorer.Check(Leaf("2.1"), 28.5m));

    [Fact]
    public void A_choice_score_must_be_one_of_its_options()
    {
        Assert.Null(RuleScorer.Check(Leaf("1.1"), 10));
        Assert.Equal("Điểm của tiêu chí 1.1 phải là một trong các mức: Đúng hạn = 20; Chậm = 10; Không = 0.", RuleScorer.Check(Leaf("1.1"), 15));
    }

    [Theory]
    [InlineData(100, 20)]
    [InlineData(99.9, 15)]
    [InlineData(80, 15)]
    [InlineData(50, 5)]
    [InlineData(49.99, 0)]
    public void A_ratio_earns_the_points_of_the_first_band_it_reaches(double value, double points) =>
        Assert.Equal((decimal)points, RuleScorer.Ratio(Leaf("1.2").Rule!, (decimal)value));

    [Fact]
    public void A_deadline_output_earns_on_time_late_or_missing_points()
    {
        var rule = Leaf("2.2").Rule!;
        Assert.Equal(2, RuleScorer.Deadline(rule, new DateOnly(2026, 1, 31)));
        Assert.Equal(1, RuleScorer.Deadline(rule, new DateOnly(2026, 2, 1)));
        Assert.Equal(0, RuleScorer.Deadline(rule, null));
    }
}
