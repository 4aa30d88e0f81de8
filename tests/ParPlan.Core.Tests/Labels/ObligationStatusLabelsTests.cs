using ParPlan.Core.Cascade;
using ParPlan.Core.Labels;

namespace ParPlan.Core.Tests.Labels;

public class ObligationStatusLabelsTests
{
    [Fact]
    public void Every_obligation_status_has_a_Vietnamese_label_and_no_code_is_shown()
    {
        foreach (var status in Enum.GetValues<ObligationStatus>())
        {
            var label = ObligationStatusLabels.Label(status);
            Assert.NotEqual("Không rõ", label);
            Assert.DoesNotContain(ObligationRules.Code(status), label, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("Không rõ", ObligationStatusLabels.Label("late"));
    }
}
