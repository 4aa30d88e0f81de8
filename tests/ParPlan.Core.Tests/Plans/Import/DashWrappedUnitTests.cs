using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// A narrow unit column wraps a name before its dash ("Phòng Kinh tế" / "- Hạ tầng"): the second line is the rest of
/// the name, not a list item. Invented content-order text.
/// </summary>
public class DashWrappedUnitTests
{
    private const string Text = """
        UBND PHƯỜNG AN KHÊ
        Số: 09/KH-UBND
        An Khê, ngày 15 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        STT Nội dung nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời gian
        I Cải cách thủ tục hành chính
        1 Tổ chức hội nghị tập huấn
        nghiệp vụ một cửa
        Phòng Văn hóa
        - Xã hội
        Công an phường
        Quý II/2027
        2 Niêm yết thủ tục hành chính
        tại bộ phận một cửa
        Phòng Kinh tế
        - Hạ tầng
        Văn phòng HĐND và
        UBND phường
        Tháng 6/2027
        3 Rà soát quy trình nội bộ
        Văn phòng HĐND và
        UBND phường
        Các bộ phận:
        - Một cửa
        - Tiếp dân
        Tháng 9/2027
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_unit_name_wrapped_before_its_dash_stays_one_name()
    {
        var plan = Parse(Text);

        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[0].Lead);
        Assert.Equal(["Công an phường"], plan.Tasks[0].Support);
        Assert.Equal(["Phòng Kinh tế - Hạ tầng"], plan.Tasks[1].Lead);
        Assert.Equal(["Văn phòng HĐND và UBND phường"], plan.Tasks[1].Support);
    }
}
