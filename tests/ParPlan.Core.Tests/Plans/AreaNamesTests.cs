using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans;

public sealed class AreaNamesTests
{
    [Fact]
    public void Every_contract_area_has_a_vietnamese_name_and_a_short_one_in_the_programmes_order()
    {
        var codes = Enum.GetValues<AreaCode>().Select(PlanJsonText).ToList();

        Assert.All(codes, c => Assert.NotEqual(c, AreaNames.Of(c)));
        Assert.All(codes, c => Assert.NotEqual(c, AreaNames.Short(c)));
        Assert.Equal(codes, codes.OrderBy(AreaNames.Order));
        Assert.Equal("Cải cách thủ tục hành chính", AreaNames.Of("procedures"));
        Assert.Equal("Chế độ công vụ", AreaNames.Short("civil-service"));
        Assert.Equal("Khác", AreaNames.Of(null));
        Assert.Equal("la-ma", AreaNames.Of("la-ma"));
    }

    private static string PlanJsonText(AreaCode code) =>
        System.Text.Json.JsonSerializer.Serialize(code, PlanJson.Options).Trim('"');
}
