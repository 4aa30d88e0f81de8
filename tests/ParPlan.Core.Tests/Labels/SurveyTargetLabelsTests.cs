using ParPlan.Core.Labels;

namespace ParPlan.Core.Tests.Labels;

/// <summary>Every survey-against-target code has its Vietnamese label; a missed target reads "Chưa đạt".</summary>
public sealed class SurveyTargetLabelsTests
{
    [Fact]
    public void Every_survey_target_code_has_a_vietnamese_label_and_a_missed_target_reads_chua_dat()
    {
        Assert.All(SurveyTargetLabels.Codes, c => Assert.NotEqual("Không rõ", SurveyTargetLabels.Label(c)));
        Assert.Equal("Chưa đạt", SurveyTargetLabels.Label(false));
        Assert.Equal("Đạt", SurveyTargetLabels.Label(true));
        Assert.Equal("Chưa có chỉ tiêu để so sánh", SurveyTargetLabels.Label((bool?)null));
    }
}
