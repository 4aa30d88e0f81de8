using ParPlan.Core.Plans;
using ParPlan.Core.Targets;

namespace ParPlan.Core.Tests.Targets;

/// <summary>
/// Two values in one clause that share what is written around them: a level named after each value ("95% ở cấp tỉnh và
/// 85% ở cấp xã") and a reduction verb written once before both ("Giảm 15% thời gian … và 10% chi phí …").
/// Invented sentences.
/// </summary>
public class LevelAfterAndSharedReductionTests
{
    private static IReadOnlyList<PlanTarget> Extract(string sentence) =>
        TargetExtractor.Extract(sentence, new TargetContext(null, "test", 2027));

    [Fact]
    public void A_level_named_after_each_value_is_that_value_s_level()
    {
        var targets = Extract("Tỷ lệ văn bản điện tử được ký số đạt trên 95% ở cấp tỉnh và trên 85% ở cấp xã.");

        Assert.Equal([95m, 85m], targets.Select(t => t.Value));
        Assert.Equal([GovernmentLevel.Province, GovernmentLevel.Commune], targets.Select(t => t.Level));
        Assert.All(targets, t => Assert.Equal(Comparators.MoreThan, t.Comparator));
    }

    [Fact]
    public void A_level_after_the_value_with_tai_is_read_and_a_plain_phrase_after_it_is_not()
    {
        var targets = Extract("Tỷ lệ hồ sơ được số hóa đạt tối thiểu 60% tại cấp huyện; 90% cán bộ được tập huấn kỹ năng số ở cơ sở.");

        Assert.Equal([GovernmentLevel.District, null], targets.Select(t => t.Level));
    }

    [Fact]
    public void A_second_value_under_one_reduction_verb_is_a_reduction_too()
    {
        var targets = Extract("Giảm tối thiểu 15% thời gian giải quyết và 10% chi phí đi lại của người dân.");

        Assert.Equal([15m, 10m], targets.Select(t => t.Value));
        Assert.All(targets, t => Assert.Equal(Comparators.ReduceBy, t.Comparator));
    }

    [Fact]
    public void A_second_value_with_its_own_verb_keeps_its_own_comparator()
    {
        var targets = Extract("Giảm 15% thời gian giải quyết và đạt 90% hồ sơ đúng hạn.");

        Assert.Equal([Comparators.ReduceBy, Comparators.AtLeast], targets.Select(t => t.Comparator));
    }
}
