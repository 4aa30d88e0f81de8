using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Reports;

public class ConsolidatedNarrativeTests
{
    [Fact]
    public void Each_child_s_words_are_quoted_per_section_in_the_children_s_order_and_empty_sections_are_left_out()
    {
        ChildNarrative[] children =
        [
            new("a", "UBND xã Vĩnh Linh", new Dictionary<string, string> { ["I.3"] = "Tổ chức 3 hội nghị\ntuyên truyền.", ["V"] = "" }),
            new("b", "UBND xã Vĩnh Thủy", new Dictionary<string, string> { ["I.3"] = "Phát 500 tờ rơi.", ["V"] = "Đề nghị bố trí kinh phí." }),
        ];

        var excerpts = ReportConsolidator.Excerpts(children, ReportOutline.Default);

        Assert.Equal(["I.3", "V"], excerpts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["- UBND xã Vĩnh Linh: “Tổ chức 3 hội nghị tuyên truyền.”", "- UBND xã Vĩnh Thủy: “Phát 500 tờ rơi.”"], excerpts["I.3"].Select(e => e.Quote));
        Assert.Equal("Báo cáo của các đơn vị:\n- UBND xã Vĩnh Thủy: “Đề nghị bố trí kinh phí.”", ReportConsolidator.ExcerptText(excerpts["V"]));
        Assert.Equal("", ReportConsolidator.ExcerptText(null));
    }

    [Fact]
    public void A_long_text_is_cut_at_a_word_with_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("nhiệm vụ", 100));

        var excerpt = ReportConsolidator.Excerpts([new("a", "Xã A", new Dictionary<string, string> { ["IV"] = text })], ReportOutline.Default)["IV"].Single();

        Assert.True(excerpt.Text.Length <= ReportConsolidator.ExcerptLength + 1);
        Assert.EndsWith("…", excerpt.Text, StringComparison.Ordinal);
        Assert.StartsWith(excerpt.Text[..^1], text, StringComparison.Ordinal);
        Assert.DoesNotContain(" …", excerpt.Text, StringComparison.Ordinal);
    }
}
