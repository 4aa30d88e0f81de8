using ParPlan.Core.Labels;
using ParPlan.Core.ParIndex;

namespace ParPlan.Core.Tests.ParIndex;

public sealed class ParLabelsTests
{
    public static TheoryData<string> Blocks() => [.. ParBlocks.All];

    public static TheoryData<string> Kinds() => [.. RuleKinds.All];

    public static TheoryData<string> Areas() => [.. ParAreas.All];

    public static TheoryData<string> Measures() => [.. ParMeasures.Own];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_ranking_block_has_a_vietnamese_name(string code) => Assert.NotEqual("Không rõ", ParBlockLabels.Label(code));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_rule_kind_has_a_vietnamese_name(string code) => Assert.NotEqual("Không rõ", ParRuleKindLabels.Label(code));

    [Theory]
    [MemberData(nameof(Areas))]
    public void Every_owner_area_has_a_vietnamese_name(string code) => Assert.NotEqual("Cơ quan thường trực", ParAreaLabels.Label(code));

    [Theory]
    [MemberData(nameof(Measures))]
    public void Every_measure_has_a_vietnamese_name(string code) => Assert.NotEqual("Chỉ tiêu khác", ParMeasureLabels.Label(code));

    [Theory]
    [InlineData("open")]
    [InlineData("submitted")]
    [InlineData("appraising")]
    [InlineData("finalized")]
    public void Every_assessment_status_has_a_vietnamese_name(string code) => Assert.NotEqual("Không rõ", ParAssessmentStatusLabels.Label(code));

    [Theory]
    [InlineData("proposed")]
    [InlineData("accepted")]
    [InlineData("rejected")]
    public void Every_remediation_status_has_a_vietnamese_name(string code) => Assert.NotEqual("Không rõ", ParRemediationStatusLabels.Label(code));

    [Fact]
    public void An_indicator_measure_takes_the_catalogues_name() =>
        Assert.NotEqual("Chỉ tiêu khác", ParMeasureLabels.Label("dossier.on-time-rate"));
}
