using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Reports;

public class ReportPeriodMatchTests
{
    [Theory]
    [InlineData("bnv-581", "2026-Q3", "bnv-581", "2026-Q3", 0)]
    [InlineData("bnv-581", "2026-Q1", "xa-d3", "2026-Q1", 1)]
    [InlineData("bnv-581", "2026-Q3", "xa-d3", "2026-9M", 2)]
    [InlineData("bnv-581", "2026-H1", "xa-d3", "2026-H1", 1)]
    [InlineData("bnv-581", "2026", "xa-d3", "2026", 1)]
    [InlineData("xa-d3", "2026-9M", "bnv-581", "2026-Q3", 2)]
    public void A_child_s_report_of_the_same_period_instance_matches_across_regimes(string parentRegime, string parentPeriod, string childRegime,
        string childPeriod, int rank) =>
        Assert.Equal(rank, ReportPeriodMatch.Rank(parentRegime, parentPeriod, childRegime, childPeriod));

    [Theory]
    [InlineData("2026-Q3", "2025-9M")]
    [InlineData("2026-Q3", "2026-H1")]
    [InlineData("2026-Q3", "2026-M09")]
    [InlineData("2026-Q4", "2026-Q3")]
    [InlineData("2026-DX01", "2026-DX02")]
    [InlineData("2026-DX01", "2026-Q1")]
    public void A_report_of_another_year_closing_month_or_ad_hoc_code_does_not_match(string parentPeriod, string childPeriod) =>
        Assert.False(ReportPeriodMatch.Matches("bnv-581", parentPeriod, "xa-d3", childPeriod));

    [Fact]
    public void An_ad_hoc_report_matches_the_same_ad_hoc_code() =>
        Assert.Equal(0, ReportPeriodMatch.Rank("dot-xuat", "2026-DX01", "dot-xuat", "2026-DX01"));
}
