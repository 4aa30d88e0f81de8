using ParPlan.Core.Indicators;

namespace ParPlan.Core.Tests.Indicators;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31", "Năm 2025")]
    [InlineData("2025-H1", "2025-01-01", "2025-06-30", "6 tháng đầu năm 2025")]
    [InlineData("2025-H2", "2025-07-01", "2025-12-31", "6 tháng cuối năm 2025")]
    [InlineData("2025-Q1", "2025-01-01", "2025-03-31", "Quý I/2025")]
    [InlineData("2025-Q3", "2025-07-01", "2025-09-30", "Quý III/2025")]
    [InlineData("2025-Q4", "2025-10-01", "2025-12-31", "Quý IV/2025")]
    [InlineData("2025-M02", "2025-02-01", "2025-02-28", "Tháng 02/2025")]
    [InlineData("2024-M02", "2024-02-01", "2024-02-29", "Tháng 02/2024")]
    [InlineData("2025-M07", "2025-07-01", "2025-07-31", "Tháng 07/2025")]
    [InlineData("2025-9M", "2025-01-01", "2025-09-30", "9 tháng đầu năm 2025")]
    public void Codes_parse_to_inclusive_local_date_ranges_with_vietnamese_labels(string code, string from, string to, string label)
    {
        var period = ReportingPeriod.Parse(code);

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
        Assert.Equal(label, period.Label);
        Assert.Equal(code, period.Code);
        Assert.Equal(code, period.ToString());
    }

    [Theory]
    [InlineData("2025-q2", "2025-Q2")]
    [InlineData(" 2025-m7 ", null)]
    [InlineData("2025-m07", "2025-M07")]
    [InlineData("2025-9m", "2025-9M")]
    public void Parsing_ignores_case_and_surrounding_spaces_but_wants_two_digit_months(string code, string? canonical)
    {
        Assert.Equal(canonical is not null, ReportingPeriod.TryParse(code, out var period));
        if (canonical is not null) Assert.Equal(canonical, period.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025-Q5")]
    [InlineData("2025-Q0")]
    [InlineData("2025-M13")]
    [InlineData("2025-H3")]
    [InlineData("2025-6M")]
    [InlineData("2025/Q1")]
    [InlineData("Quý I/2025")]
    public void Malformed_codes_are_refused(string? code)
    {
        Assert.False(ReportingPeriod.TryParse(code, out _));
    }

    [Fact]
    public void Parse_throws_a_vietnamese_format_error()
    {
        var ex = Assert.Throws<FormatException>(() => ReportingPeriod.Parse("2025-X1"));

        Assert.Contains("Kỳ báo cáo không hợp lệ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_has_twenty_periods_and_each_contains_its_own_end_date()
    {
        var all = ReportingPeriod.AllOf(2025);

        Assert.Equal(20, all.Count);
        Assert.Equal(20, all.Select(p => p.Code).Distinct().Count());
        Assert.All(all, p => Assert.True(p.Contains(p.To) && p.Contains(p.From) && !p.Contains(p.To.AddDays(1))));
        Assert.True(ReportingPeriod.Parse("2025-M03") < ReportingPeriod.Parse("2025-Q1"));
        Assert.True(ReportingPeriod.Parse("2025-Q1") < ReportingPeriod.Parse("2025-M04"));
    }
}
