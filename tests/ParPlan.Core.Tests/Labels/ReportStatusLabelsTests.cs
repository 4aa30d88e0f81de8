using ParPlan.Core.Labels;

namespace ParPlan.Core.Tests.Labels;

public sealed class ReportStatusLabelsTests
{
    [Fact]
    public void Every_report_status_code_has_its_own_vietnamese_label()
    {
        var labels = ReportStatusLabels.Codes.Select(ReportStatusLabels.Label).ToList();

        Assert.Equal(5, labels.Count);
        Assert.DoesNotContain("Không rõ", labels);
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ReportStatusLabels.Codes, c => Assert.NotEqual(c, ReportStatusLabels.Label(c)));
    }
}
