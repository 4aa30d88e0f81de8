using ParPlan.Core.Inspections;
using ParPlan.Core.Labels;

namespace ParPlan.Core.Tests.Labels;

public class InspectionLabelsTests
{
    [Fact]
    public void Every_inspection_kind_finding_status_and_topic_has_a_Vietnamese_label_and_no_code_is_shown()
    {
        foreach (var kind in Enum.GetValues<InspectionKind>())
        {
            Assert.NotEqual("Không rõ", InspectionKindLabels.Label(kind));
            Assert.Equal(InspectionKindLabels.Label(kind), InspectionKindLabels.Label(InspectionRules.Code(kind)));
        }

        foreach (var status in Enum.GetValues<FindingStatus>())
        {
            Assert.NotEqual("Không rõ", FindingStatusLabels.Label(status));
            Assert.Equal(FindingStatusLabels.Label(status), FindingStatusLabels.Label(InspectionRules.Code(status)));
        }

        Assert.All(InspectionTopicLabels.All, t => Assert.DoesNotContain(t.Code, t.Label, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Không rõ", InspectionKindLabels.Label("audit"));
        Assert.Equal("Không rõ", InspectionTopicLabels.Label("cchc-2"));
    }

    [Theory]
    [InlineData("CCHC", "cchc")]
    [InlineData("TTHC", "tthc")]
    [InlineData("văn bản QPPL", "legal-documents")]
    [InlineData("Tổ chức bộ máy", "apparatus")]
    [InlineData("public-finance", "public-finance")]
    public void A_topic_is_recognised_by_its_code_its_name_or_its_short_name(string text, string code) =>
        Assert.Equal(code, InspectionTopicLabels.Parse(text));
}
