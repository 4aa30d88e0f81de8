using ParPlan.Core.Labels;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Labels;

public class PlanLabelsTests
{
    [Fact]
    public void Every_area_code_has_a_Vietnamese_name_and_no_code_is_ever_shown()
    {
        foreach (var code in Enum.GetValues<AreaCode>())
        {
            var name = AreaNames.Of(code);
            Assert.DoesNotContain(code.ToString(), name, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(name, AreaNames.Of(System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(code.ToString())));
        }

        Assert.Equal("Cải cách chế độ công vụ", AreaNames.Of(AreaCode.CivilService));
    }

    [Theory]
    [InlineData("draft", "Dự thảo")]
    [InlineData("issued", "Đã ban hành")]
    [InlineData("revised", "Đã điều chỉnh")]
    [InlineData("closed", "Đã kết thúc")]
    [InlineData("weird", "Không rõ")]
    public void Plan_statuses_have_one_Vietnamese_label(string code, string label) => Assert.Equal(label, PlanStatusLabels.Label(code));

    [Fact]
    public void Every_government_level_has_a_Vietnamese_label()
    {
        Assert.All(Enum.GetValues<GovernmentLevel>(), level => Assert.DoesNotContain(level.ToString(), GovernmentLevelLabels.Label(level), StringComparison.Ordinal));
    }
}
