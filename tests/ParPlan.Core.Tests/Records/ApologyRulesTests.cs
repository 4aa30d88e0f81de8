using ParPlan.Core.Labels;
using ParPlan.Core.Records;

namespace ParPlan.Core.Tests.Records;

public sealed class ApologyRulesTests
{
    private static readonly DateOnly Received = new(2025, 3, 1);
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void An_explanation_alone_is_a_valid_partial_record_that_is_not_complete()
    {
        var input = new ApologyInput("Hồ sơ phải xin ý kiến Sở Tư pháp.", null, null, null);
        Assert.Empty(ApologyRules.Check(input, Received, Today));
        Assert.False(input.Complete);
    }

    [Fact]
    public void The_explanation_and_a_letter_with_number_date_and_way_of_sending_make_a_complete_record()
    {
        var input = new ApologyInput("Chậm do mất điện.", "12/TXL-UBND", new DateOnly(2025, 3, 20), ApologyMethodLabels.Post);
        Assert.Empty(ApologyRules.Check(input, Received, Today));
        Assert.True(input.Complete);
    }

    [Fact]
    public void An_empty_record_is_refused_with_what_to_enter()
    {
        var problem = Assert.Single(ApologyRules.Check(new ApologyInput(" ", null, null, null), Received, Today));
        Assert.Contains("Nhập nội dung giải trình", problem);
    }

    [Fact]
    public void A_letter_missing_its_date_and_way_of_sending_names_both()
    {
        var problems = ApologyRules.Check(new ApologyInput(null, "12/TXL", null, null), Received, Today);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("ngày của thư xin lỗi"));
        Assert.Contains(problems, p => p.Contains("cách gửi"));
    }

    [Fact]
    public void A_letter_dated_after_today_or_before_the_receipt_is_refused_with_both_dates_as_officers_write_them()
    {
        var future = Assert.Single(ApologyRules.Check(new ApologyInput(null, "1", new DateOnly(2025, 7, 1), ApologyMethodLabels.Email), Received, Today));
        Assert.Contains("01/07/2025", future);
        Assert.Contains("01/06/2025", future);
        var early = Assert.Single(ApologyRules.Check(new ApologyInput(null, "1", new DateOnly(2025, 2, 1), ApologyMethodLabels.Email), Received, Today));
        Assert.Contains("01/03/2025", early);
    }

    [Fact]
    public void An_unknown_way_of_sending_is_refused()
    {
        Assert.Contains(ApologyRules.Check(new ApologyInput(null, "1", Today, "fax"), Received, Today), p => p.Contains("không hợp lệ"));
    }

    [Fact]
    public void Every_way_of_sending_has_a_vietnamese_label()
    {
        Assert.All(ApologyMethodLabels.Codes, c => Assert.NotEqual("Chưa rõ cách gửi", ApologyMethodLabels.Label(c)));
        Assert.Equal(ApologyMethodLabels.Codes.Count, ApologyMethodLabels.Codes.Select(ApologyMethodLabels.Label).Distinct().Count());
    }
}
