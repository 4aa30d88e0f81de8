using ParPlan.Core.Documents.Decree30;

namespace ParPlan.Core.Tests.Documents.Decree30;

public sealed class GovernmentNamesTests
{
    [Theory]
    [InlineData("UBND tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị")]
    [InlineData("UBND xã Vĩnh Linh", "Ủy ban nhân dân xã Vĩnh Linh", "Vĩnh Linh")]
    [InlineData("UBND thị xã Quảng Trị", "Ủy ban nhân dân thị xã Quảng Trị", "Quảng Trị")]
    [InlineData("UBND thị trấn Bến Quan", "Ủy ban nhân dân thị trấn Bến Quan", "Bến Quan")]
    [InlineData("Sở Nội vụ", "Sở Nội vụ", "Sở Nội vụ")]
    public void A_governments_short_name_is_written_in_full_and_its_place_without_the_level(string name, string body, string place)
    {
        Assert.Equal(body, GovernmentNames.IssuingBody(name));
        Assert.Equal(place, GovernmentNames.Place(name));
    }
}
