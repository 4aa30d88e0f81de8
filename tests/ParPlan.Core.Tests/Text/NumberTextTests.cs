using ParPlan.Core.Text;

namespace ParPlan.Core.Tests.Text;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(20000, "20.000")]
    [InlineData(1234567, "1.234.567")]
    public void Counts_are_written_with_a_dot_between_thousands(long value, string expected) =>
        Assert.Equal(expected, NumberText.Count(value));

    [Fact]
    public void A_percentage_uses_a_decimal_comma() => Assert.Equal("87,5%", NumberText.Percent(87.5));
}
