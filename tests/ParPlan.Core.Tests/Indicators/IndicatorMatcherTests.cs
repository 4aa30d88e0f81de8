using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Indicators;

public class IndicatorMatcherTests
{
    private static PlanTarget Target(string text, string unit = "%", string cmp = ">=", GovernmentLevel? level = null) =>
        new() { Text = text, Comparator = cmp, Value = 80, Unit = unit, Level = level };

    [Theory]
    [InlineData("Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần trên tổng số hồ sơ đạt tối thiểu 80%", IndicatorCodes.OnlineRate)]
    [InlineData("tỷ lệ hồ sơ giao dịch thanh toán trực tuyến đạt từ 45% trở lên", IndicatorCodes.OnlinePaymentRate)]
    [InlineData("tỉ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 80%", IndicatorCodes.OnlinePaymentRate)]
    [InlineData("Đảm bảo đạt tỷ lệ 80% các hồ sơ TTHC được số hoá khi tiếp nhận, giải quyết và trả kết quả", IndicatorCodes.DigitisedRate)]
    [InlineData("98% tỷ lệ hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn và trước hạn", IndicatorCodes.OnTimeRate)]
    [InlineData("100% hồ sơ TTHC để chậm, muộn đều phải có giải trình trách nhiệm với người đứng đầu … và thực hiện xin lỗi", IndicatorCodes.LateApologyRate)]
    [InlineData("Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt 95%", IndicatorCodes.SatisfactionRate)]
    [InlineData("tỉ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa trong giải quyết TTHC, DVC đạt 75%", IndicatorCodes.ReuseRate)]
    [InlineData("tỉ lệ TTHC được tiếp nhận, giải quyết phi địa giới hành chính giữa các cấp chính quyền đạt tối thiểu 65%", IndicatorCodes.BoundaryFreeRate)]
    [InlineData("tỉ lệ cấp kết quả giải quyết TTHC điện tử đạt 100%", IndicatorCodes.DigitisedResultRate)]
    [InlineData("80% TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến", IndicatorCodes.OnlinePaymentEnabledRate)]
    [InlineData("Tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển trong nội bộ … bằng phương thức điện tử", IndicatorCodes.ElectronicRoutingRate)]
    [InlineData("đảm bảo kiểm tra ít nhất 30% số cơ quan, đơn vị trên địa bàn huyện", IndicatorCodes.InspectionCoverage)]
    [InlineData("tỉ lệ cung cấp DVC trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện đạt tối thiểu 90%", IndicatorCodes.FullOnlineProvisionRate)]
    [InlineData("70% đơn, thư, khiếu nại, khiếu kiện của công dân được xem xét", IndicatorCodes.ComplaintsHandledRate)]
    [InlineData("TY LE HO SO GIAI QUYET DUNG HAN", IndicatorCodes.OnTimeRate)]
    public void Plan_wording_suggests_the_catalogue_indicator_it_measures(string text, string expected)
    {
        var best = IndicatorMatcher.Best(Target(text));

        Assert.NotNull(best);
        Assert.Equal(expected, best.Code);
    }

    [Fact]
    public void Level_specific_wording_matches_document_and_signature_indicators()
    {
        var documents = IndicatorMatcher.Best(Target("Xử lý VB và HSCV đúng quy trình theo tỉ lệ", level: GovernmentLevel.District));
        var unitSignature = IndicatorMatcher.Best(Target("Ký số đơn vị theo tỷ lệ", level: GovernmentLevel.Commune));
        var leaderSignature = IndicatorMatcher.Best(Target("Ký số Lãnh đạo đơn vị", level: GovernmentLevel.Commune));

        Assert.Equal(IndicatorCodes.DocumentsOnlineRate, documents?.Code);
        Assert.Equal(IndicatorCodes.UnitDigitalSignatureRate, unitSignature?.Code);
        Assert.Equal(IndicatorCodes.LeaderDigitalSignatureRate, leaderSignature?.Code);
    }

    [Fact]
    public void A_reduce_by_headcount_target_suggests_the_staff_reduction_indicator()
    {
        var target = Target("Tiếp tục thực hiện TGBC theo lộ trình … (đến năm 2025 giảm 10% so với năm 2021)", cmp: Comparators.ReduceBy);

        Assert.Equal(IndicatorCodes.StaffReduction, IndicatorMatcher.Best(target)?.Code);
    }

    [Fact]
    public void Unrelated_wording_suggests_nothing()
    {
        Assert.Empty(IndicatorMatcher.Suggest(Target("Tỷ lệ người dân đủ điều kiện có sổ sức khỏe điện tử trên ứng dụng VNeID đạt 80%")));
    }

    [Fact]
    public void Suggestions_are_ranked_and_explain_what_matched()
    {
        var suggestions = IndicatorMatcher.Suggest(Target("tỉ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100%"), max: 5);

        Assert.True(suggestions.Count >= 2);
        Assert.Contains(suggestions, s => s.Indicator.Code == IndicatorCodes.DigitisedRate);
        Assert.Contains(suggestions, s => s.Indicator.Code == IndicatorCodes.DigitisedResultRate);
        Assert.True(suggestions.Zip(suggestions.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.All(suggestions, s => Assert.NotEmpty(s.Matched));
    }

    [Fact]
    public void Text_keys_strip_accents_lower_case_and_fold_d_stroke()
    {
        Assert.Equal("tong so ho so dat dai da tiep nhan", TextKey.Normalize("  Tổng số  hồ sơ ĐẤT ĐAI\tđã tiếp nhận "));
        Assert.Equal(TextKey.Normalize("tỷ lệ số hoá"), TextKey.Normalize("tỷ lệ số hóa"));
    }
}
