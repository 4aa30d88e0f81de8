using ParPlan.Core.ParIndex;

namespace ParPlan.Core.Tests.ParIndex;

/// <summary>Each expected index is computed by hand in the comment above it.</summary>
public sealed class ParIndexCalculatorTests
{
    private static readonly CriteriaSet Set = SampleSets.Sample();

    private static IndexInput Input(decimal c11, decimal? c12, decimal c21, decimal? c22, decimal survey = 0, decimal bonus = 0, decimal penalty = 0)
    {
        var leaves = new Dictionary<string, LeafScore>
        {
            ["1.1"] = new(c11),
            ["1.2"] = c12 is { } p12 ? new(p12) : new(0, Applicable: false),
            ["2.1"] = new(c21),
            ["2.2"] = c22 is { } p22 ? new(p22) : new(0, Applicable: false),
        };
        return new IndexInput(leaves, survey, bonus, penalty);
    }

    [Fact]
    public void The_index_adds_leaves_survey_and_capped_bonus_less_capped_penalty()
    {
        // 20 + 15 + 26.5 + 1 = 62.5 points; + 27 survey + 2 (bonus 5 capped at 2) − 3 (penalty 4 capped at 3) = 88.5 of 100.
        var result = new ParIndexCalculator(Set).Compute(Input(20, 15, 26.5m, 1, survey: 27, bonus: 5, penalty: 4));
        Assert.Equal(62.5m, result.Total);
        Assert.Equal(2, result.Bonus);
        Assert.Equal(3, result.Penalty);
        Assert.Equal(88.5m, result.Index);
        Assert.Equal("Tốt", result.Band);
    }

    [Fact]
    public void Survey_points_above_the_sets_survey_maximum_count_only_up_to_it()
    {
        // 20 + 20 + 28 + 2 = 70, survey 35 capped at 30: 100.
        Assert.Equal(100, new ParIndexCalculator(Set).Compute(Input(20, 20, 28, 2, survey: 35)).Index);
    }

    [Fact]
    public void An_inapplicable_criterion_takes_its_maximum_off_the_scale()
    {
        // 1.2 (20 points) does not apply: (20 + 28 + 2 + 25 survey) ÷ (100 − 20) × 100 = 75 ÷ 80 × 100 = 93.75.
        var result = new ParIndexCalculator(Set).Compute(Input(20, null, 28, 2, survey: 25));
        Assert.Equal(80, result.EffectiveScale);
        Assert.Equal(93.75m, result.Index);
        Assert.Equal("Xuất sắc", result.Band);
    }

    [Fact]
    public void A_rescaled_index_is_rounded_to_two_places()
    {
        // 2.2 (2 points) does not apply: (10 + 10 + 20 + 10 survey) ÷ 98 × 100 = 51.0204… → 51.02.
        Assert.Equal(51.02m, new ParIndexCalculator(Set).Compute(Input(10, 10, 20, null, survey: 10)).Index);
    }

    [Fact]
    public void Under_zero_an_inapplicable_criterion_keeps_the_scale()
    {
        // (20 + 28 + 2 + 25) ÷ 100 = 75 → Khá.
        var zero = Set with { NotApplicable = NotApplicableModes.Zero };
        var result = new ParIndexCalculator(zero).Compute(Input(20, null, 28, 2, survey: 25));
        Assert.Equal(75, result.Index);
        Assert.Equal("Khá", result.Band);
    }

    [Fact]
    public void A_disqualifying_criterion_scored_zero_drops_the_unit_to_the_next_band()
    {
        // 20 + 20 + 28 + 0 + 30 + 2 = 100, but 2.2 = 0 rules out "Xuất sắc": "Tốt".
        var result = new ParIndexCalculator(Set).Compute(Input(20, 20, 28, 0, survey: 30, bonus: 2));
        Assert.Equal(100, result.Index);
        Assert.Equal("Tốt", result.Band);
        // The same unit with the report late (1 point): 101 → "Xuất sắc".
        Assert.Equal("Xuất sắc", new ParIndexCalculator(Set).Compute(Input(20, 20, 28, 1, survey: 30, bonus: 2)).Band);
    }

    [Fact]
    public void A_condition_on_a_criterion_with_children_reads_the_sum_of_its_leaves()
    {
        var set = Set with { Bands = [new BandRule { Name = "Tốt", Min = 0, Unless = ["1<30"] }, new BandRule { Name = "Yếu", Min = 0 }] };
        var calculator = new ParIndexCalculator(set);
        Assert.Equal("Yếu", calculator.Compute(Input(10, 15, 28, 2)).Band);
        Assert.Equal("Tốt", calculator.Compute(Input(20, 15, 28, 2)).Band);
    }

    [Fact]
    public void A_leaf_without_a_score_counts_zero_and_applies()
    {
        var result = new ParIndexCalculator(Set).Compute(new IndexInput(new Dictionary<string, LeafScore> { ["2.1"] = new(14) }, 16));
        Assert.Equal(30, result.Index);
        Assert.Equal(100, result.EffectiveScale);
        Assert.Equal("Yếu", result.Band);
    }

    [Fact]
    public void Ranks_go_by_index_highest_first_and_equal_indexes_share_a_rank()
    {
        var ranked = ParRanking.Rank([("A", 80m), ("B", 91.5m), ("C", 80m), ("D", 70m)]);
        Assert.Equal([("B", 1), ("A", 2), ("C", 2), ("D", 4)], ranked.Select(r => (r.Key, r.Rank)));
    }
}
