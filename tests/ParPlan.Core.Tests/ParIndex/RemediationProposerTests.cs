using ParPlan.Core.ParIndex;

namespace ParPlan.Core.Tests.ParIndex;

public sealed class RemediationProposerTests
{
    [Fact]
    public void Each_applicable_criterion_below_its_maximum_becomes_a_task_for_next_year_in_its_plan_area()
    {
        var set = SampleSets.Sample();
        var points = new Dictionary<string, LeafScore>
        {
            ["1.1"] = new(20), ["1.2"] = new(15), ["2.1"] = new(26.5m), ["2.2"] = new(0, Applicable: false),
        };

        var drafts = RemediationProposer.Propose(set, points);

        Assert.Equal([("1.2", 5m, "direction"), ("2.1", 1.5m, "procedures")], drafts.Select(d => (d.Code, d.Lost, d.PlanArea)));
        Assert.Equal("Khắc phục hạn chế ở tiêu chí 2.1 “Giải quyết hồ sơ” của Chỉ số CCHC năm 2026 (bị trừ 1,5/28 điểm)", drafts[1].Title);
    }

    [Theory]
    [InlineData("impact", "indices")]
    [InlineData(null, "direction")]
    [InlineData("digital-government", "digital-government")]
    public void The_index_areas_map_to_the_plan_areas(string? parArea, string planArea) =>
        Assert.Equal(planArea, RemediationProposer.PlanAreaOf(parArea));
}
