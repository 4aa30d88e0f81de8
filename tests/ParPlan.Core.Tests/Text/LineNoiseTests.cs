using ParPlan.Core.Text;

namespace ParPlan.Core.Tests.Text;

public class LineNoiseTests
{
    [Theory]
    [InlineData("11", true)]
    [InlineData(" 9 ", true)]
    [InlineData("123", true)]
    [InlineData("2025", false)]
    [InlineData("4 Tỷ lệ hồ sơ", false)]
    [InlineData("", false)]
    public void IsPageNumberLine_accepts_only_a_bare_number_of_up_to_three_digits(string line, bool expected)
    {
        Assert.Equal(expected, VietText.IsPageNumberLine(line));
    }

    [Theory]
    [InlineData("2026-01-13T14:43:00+0700", true)]
    [InlineData("\t2026-01-14T08:05:12+07:00 ", true)]
    [InlineData("2026-01-13", false)]
    [InlineData("Ngày 2026-01-13T14:43:00+0700 ký", false)]
    public void IsSignatureTimestamp_recognises_digital_signature_lines(string line, bool expected)
    {
        Assert.Equal(expected, VietText.IsSignatureTimestamp(line));
    }

    [Fact]
    public void StripUrls_removes_links_inside_a_sentence()
    {
        var text = "Đăng tải tại https://dichvucong.gov.vn/p/home và www.quangtri.gov.vn.";

        Assert.Equal("Đăng tải tại và.", VietText.StripUrls(text));
    }

    [Theory]
    [InlineData("cải cách hành chính2 năm 2025", "cải cách hành chính năm 2025")]
    [InlineData("thủ tục hành chính¹, một cửa", "thủ tục hành chính, một cửa")]
    [InlineData("Nghị quyết số 76/NQ-CP năm 2026", "Nghị quyết số 76/NQ-CP năm 2026")]
    [InlineData("Quý I/2025 và mức độ 3", "Quý I/2025 và mức độ 3")]
    [InlineData("ISO 9001:2015, H5N1", "ISO 9001:2015, H5N1")]
    [InlineData("42/2022/NĐCP", "42/2022/NĐCP")]
    public void StripFootnoteDigits_removes_markers_glued_to_words_but_not_codes_or_years(string text, string expected)
    {
        Assert.Equal(expected, VietText.StripFootnoteDigits(text));
    }

    [Theory]
    [InlineData(new[] { "Nghị định số 286/2025/NĐ-", "CP ngày 15/11/2025" }, "Nghị định số 286/2025/NĐ-CP ngày 15/11/2025")]
    [InlineData(new[] { "Kế hoạch số 02-", "KH/BCĐTW" }, "Kế hoạch số 02-KH/BCĐTW")]
    [InlineData(new[] { "Văn phòng", "HĐND&U", "BND huyện" }, "Văn phòng HĐND&UBND huyện")]
    [InlineData(new[] { "HĐND&UB", "ND huyện" }, "HĐND&UBND huyện")]
    [InlineData(new[] { "giai đoạn 2021-", "2025" }, "giai đoạn 2021-2025")]
    [InlineData(new[] { "ngày 23/7/", "2012" }, "ngày 23/7/2012")]
    [InlineData(new[] { "Nhiệm vụ ", " thường", "xuyên" }, "Nhiệm vụ thường xuyên")]
    [InlineData(new[] { "nhanh nhất -", "tốt nhất" }, "nhanh nhất - tốt nhất")]
    [InlineData(new[] { "Phòng Văn hoá -", "Xã hội" }, "Phòng Văn hoá - Xã hội")]
    [InlineData(new[] { "Văn phòng HĐND &", "UBND xã" }, "Văn phòng HĐND & UBND xã")]
    public void JoinWrapped_joins_cell_lines_and_rejoins_split_codes(string[] lines, string expected)
    {
        Assert.Equal(expected, VietText.JoinWrapped(lines));
    }
}
