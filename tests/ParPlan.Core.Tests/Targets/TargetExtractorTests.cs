using ParPlan.Core.Plans;
using ParPlan.Core.Targets;

namespace ParPlan.Core.Tests.Targets;

public class TargetExtractorTests
{
    private static IReadOnlyList<PlanTarget> Extract(string sentence, AreaCode? area = null) =>
        TargetExtractor.Extract(sentence, new TargetContext(area, "test", 2025));

    private static string Describe(PlanTarget t) =>
        $"{t.Comparator} {t.Value} {t.Unit} {t.Level?.ToString() ?? "-"}{(t.Stretch ? " stretch" : "")} | {t.Text}";

    [Fact]
    public void Extract_splits_a_body_bullet_into_one_target_per_clause()
    {
        var bullet = "- Ứng dụng công nghệ số để cải tiến quy trình, thủ tục của các cơ quan hành chính; tái cấu trúc quy trình giải quyết TTHC nhằm nâng cao tỷ lệ dịch vụ công trực tuyến. Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần trên tổng số hồ sơ đạt tối thiểu 80%; 100% dịch vụ công trực tuyến toàn trình được cung cấp trên nhiều phương tiện khác nhau.";

        var targets = Extract(bullet, AreaCode.Procedures);

        Assert.Equal(
            [
                ">= 80 % - | Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần trên tổng số hồ sơ đạt tối thiểu 80%",
                ">= 100 % - | 100% dịch vụ công trực tuyến toàn trình được cung cấp trên nhiều phương tiện khác nhau",
            ],
            targets.Select(Describe));
        Assert.All(targets, t => Assert.Equal(AreaCode.Procedures, t.Area));
        Assert.All(targets, t => Assert.Equal("test", t.Source));
    }

    [Fact]
    public void Extract_separates_two_values_of_one_clause_and_drops_the_connector_between_them()
    {
        var bullet = "- Tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử; 80% TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ hồ sơ giao dịch thanh toán trực tuyến đạt từ 45% trở lên; tăng tỷ lệ người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận.";

        var targets = Extract(bullet, AreaCode.Procedures);

        Assert.Equal(
            [
                ">= 80 % - | Tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử",
                ">= 80 % - | 80% TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến",
                ">= 45 % - | tỷ lệ hồ sơ giao dịch thanh toán trực tuyến đạt từ 45% trở lên",
            ],
            targets.Select(Describe));
    }

    [Fact]
    public void Extract_reads_a_floor_and_a_stretch_value_as_two_entries()
    {
        var cell = "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần trên tổng số hồ sơ đạt tối thiểu 50%, phấn đấu đạt trên 80%.";

        var targets = Extract(cell, AreaCode.Procedures);

        Assert.Equal(
            [
                ">= 50 % - | Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần trên tổng số hồ sơ đạt tối thiểu 50%",
                "> 80 % - stretch | Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần trên tổng số hồ sơ đạt tối thiểu 50%, phấn đấu đạt trên 80%",
            ],
            targets.Select(Describe));
    }

    [Fact]
    public void Extract_gives_a_stretch_clause_without_a_subject_the_previous_clause_text()
    {
        var targets = Extract("Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%; phấn đấu đạt 70%.");

        Assert.Equal(
            [">= 50 % - | Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%", ">= 70 % - stretch | Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%; phấn đấu đạt 70%"],
            targets.Select(Describe));
    }

    [Fact]
    public void Extract_splits_values_per_level_and_keeps_each_indicator_name()
    {
        var cell = "- Xử lý VB và HSCV đúng quy trình theo tỉ lệ: cấp huyện 90%; cấp xã 80%; Ký số đơn vị theo tỷ lệ: cấp huyện 80%; cấp xã 80%; Ký số Lãnh đạo đơn vị: huyện 80%; xã 70%";

        var targets = Extract(cell, AreaCode.DigitalGovernment);

        Assert.Equal(
            [
                ">= 90 % District | Xử lý VB và HSCV đúng quy trình theo tỉ lệ: cấp huyện 90%",
                ">= 80 % Commune | Xử lý VB và HSCV đúng quy trình theo tỉ lệ: cấp xã 80%",
                ">= 80 % District | Ký số đơn vị theo tỷ lệ: cấp huyện 80%",
                ">= 80 % Commune | Ký số đơn vị theo tỷ lệ: cấp xã 80%",
                ">= 80 % District | Ký số Lãnh đạo đơn vị: huyện 80%",
                ">= 70 % Commune | Ký số Lãnh đạo đơn vị: xã 70%",
            ],
            targets.Select(Describe));
    }

    [Fact]
    public void Extract_splits_comma_separated_level_values()
    {
        var targets = Extract("Tỷ lệ hồ sơ được số hóa: cấp huyện 45%, cấp xã 40%");

        Assert.Equal(
            [">= 45 % District | Tỷ lệ hồ sơ được số hóa: cấp huyện 45%", ">= 40 % Commune | Tỷ lệ hồ sơ được số hóa: cấp xã 40%"],
            targets.Select(Describe));
    }

    [Fact]
    public void Extract_reads_a_reduction_against_a_baseline_year_and_ends_the_text_at_its_bracket()
    {
        var cell = "Tiếp tục thực hiện TGBC theo lộ trình đã được Chương trình tổng thể CCHC nhà nước đề ra (đến năm 2025 giảm 10% so với năm 2021) và các quy định của cấp có thẩm quyền";

        var target = Assert.Single(Extract(cell, AreaCode.Apparatus));

        Assert.Equal((Comparators.ReduceBy, 10m, "%", 2021), (target.Comparator, target.Value, target.Unit, target.BaselineYear));
        Assert.Equal("Tiếp tục thực hiện TGBC theo lộ trình đã được Chương trình tổng thể CCHC nhà nước đề ra (đến năm 2025 giảm 10% so với năm 2021)", target.Text);
    }

    [Fact]
    public void Extract_starts_the_text_at_the_guarantee_that_holds_the_value()
    {
        var cell = "Rà soát TTHC có phí, lệ phí và cấu hình vào Hệ thống; tích hợp tài khoản thụ hưởng của đơn vị, đảm bảo 100% TTHC có phí, lệ phí được tích hợp và triển khai thanh toán trực tuyến đạt hiệu quả và chính xác";

        var target = Assert.Single(Extract(cell, AreaCode.Procedures));

        Assert.Equal("đảm bảo 100% TTHC có phí, lệ phí được tích hợp và triển khai thanh toán trực tuyến đạt hiệu quả và chính xác", target.Text);
    }

    [Fact]
    public void Extract_marks_a_value_governed_by_phan_dau_as_stretch()
    {
        var bullet = "- Triển khai Kế hoạch số hóa kết quả giải quyết TTHC thuộc thẩm quyền giải quyết giai đoạn 2020-2025 theo Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện TTHC trên môi trường điện tử, cụ thể: Phấn đấu trong năm 2023, tỷ lệ hồ sơ giải quyết TTHC thực hiện bằng phương thức điện tử đạt tối thiểu 60%.";

        var target = Assert.Single(Extract(bullet, AreaCode.Procedures));

        Assert.Equal(">= 60 % - stretch | Phấn đấu trong năm 2023, tỷ lệ hồ sơ giải quyết TTHC thực hiện bằng phương thức điện tử đạt tối thiểu 60%", Describe(target));
    }

    [Fact]
    public void Extract_marks_every_value_of_a_clause_opened_by_phan_dau_as_stretch()
    {
        var targets = Extract("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%, tỷ lệ thanh toán trực tuyến đạt 50%");

        Assert.Equal([(80m, true), (50m, true)], targets.Select(t => (t.Value, t.Stretch)));
    }

    [Theory]
    [InlineData("đảm bảo kiểm tra ít nhất 30% số cơ quan, đơn vị trên địa bàn huyện", ">=", 30)]
    [InlineData("Đẩy mạnh thực hiện tiếp nhận và giải quyết TTHC mức độ 3, mức độ 4 trên Cổng dịch vụ công quốc gia và Cổng dịch vụ công của tỉnh đạt 70% trở lên.", ">=", 70)]
    [InlineData("Thực hiện Khảo sát sự hài lòng của người dân đạt tỉ lệ 50% trở lên.", ">=", 50)]
    [InlineData("tỷ lệ hồ sơ trễ hạn không quá 2%", "<=", 2)]
    [InlineData("tỷ lệ hồ sơ trễ hạn dưới 1,5%", "<", 1.5)]
    [InlineData("Tỷ lệ người dân hài lòng với việc giải quyết thủ tục hành chính đạt không dưới 70%", ">=", 70)]
    [InlineData("tỷ lệ hồ sơ trực tuyến không thấp hơn 60%", ">=", 60)]
    [InlineData("tỷ lệ hồ sơ trễ hạn không vượt quá 3%", "<=", 3)]
    [InlineData("tỷ lệ văn bản bị trả lại không cao hơn 4%", "<=", 4)]
    [InlineData("tỷ lệ văn bản sai sót đạt 5% trở xuống", "<=", 5)]
    [InlineData("tỷ lệ hồ sơ trực tuyến đạt 45,5 %", ">=", 45.5)]
    [InlineData("Tổ chức kiểm tra công tác CCHC năm 2026: tối thiểu 20% cơ quan, đơn vị thuộc xã.", ">=", 20)]
    public void Extract_reads_comparator_cues_and_decimal_values(string sentence, string comparator, double value)
    {
        var target = Assert.Single(Extract(sentence));

        Assert.Equal((comparator, (decimal)value, "%"), (target.Comparator, target.Value, target.Unit));
    }

    [Theory]
    [InlineData("Phấn đấu có ít nhất 05 sáng kiến cải cách hành chính được công nhận", 5, "sáng kiến")]
    [InlineData("Giảm ít nhất 10 biên chế so với năm 2021", 10, "biên chế")]
    [InlineData("Bố trí kinh phí tối thiểu 500 triệu đồng cho chuyển đổi số", 500_000_000, "VND")]
    [InlineData("Tổ chức đối thoại ít nhất 02 lần/năm", 2, "lần")]
    public void Extract_reads_counts_and_money_with_the_noun_as_unit(string sentence, double value, string unit)
    {
        var target = Assert.Single(Extract(sentence));

        Assert.Equal(((decimal)value, unit), (target.Value, target.Unit));
    }

    [Theory]
    [InlineData("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030")]
    [InlineData("Nội dung 1. Công tác chỉ đạo, điều hành (07 nhiệm vụ)")]
    [InlineData("khi thực hiện mô hình chính quyền địa phương 02 cấp")]
    [InlineData("Tuyên truyền để người dân thực hiện giải quyết thủ tục hành chính mức độ 3 mức độ 4.")]
    [InlineData("Duy trì, áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015")]
    [InlineData("Điều 4 Nghị định số 61/2018/NĐ-CP; Quốc hội khóa XVI")]
    [InlineData("bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031")]
    [InlineData("Đánh giá sau 5 năm thực hiện")]
    [InlineData("Các Nghị quyết 01, 02, 03 của Tỉnh ủy")]
    [InlineData("dự kiến áp dụng từ 01/7/2023")]
    [InlineData("Tất cả có 42 nhiệm vụ./.")]
    [InlineData("tăng tỷ lệ người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại các thông tin")]
    [InlineData("Thực hiện tinh giản biên chế đảm bảo tỷ lệ theo lộ trình, quy định của Trung ương")]
    [InlineData("")]
    public void Extract_finds_no_target_in_citations_dates_phases_counts_or_goals_without_a_number(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }
}
