using ParPlan.Features.Tasks;

namespace ParPlan.Tests.Features.Tasks;

public sealed class PeriodTextTests
{
    [Theory]
    [InlineData("2026-Q1", "Quý I/2026")]
    [InlineData("2026-H1", "6 tháng đầu năm 2026")]
    [InlineData("2026-9M", "9 tháng đầu năm 2026")]
    [InlineData("2026", "Năm 2026")]
    [InlineData("2026-03-31", "31/03/2026")]
    public void A_reported_period_key_reads_as_vietnamese_words_or_a_dd_mm_yyyy_date(string key, string expected) =>
        Assert.Equal(expected, PeriodText.Label(key));
}
