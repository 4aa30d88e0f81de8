using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// Lettered sub-groups under a Roman group as extracted text prints them: the sub-group's title in sentence case
/// ("A. Xây dựng và kiểm tra văn bản") and a TT cell's letter flattened with its title without a stop ("A Kiểm soát
/// thủ tục hành chính"). Invented texts in the shape a line-by-line extraction gives.
/// </summary>
public class LetteredSubGroupTests
{
    private const string Opening = """
        ỦY BAN NHÂN DÂN
        XÃ AN THẠNH
        Số: 30/KH-UBND
        An Thạnh, ngày 05 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        II. NHIỆM VỤ CỤ THỂ
        TT Nội dung công việc Cơ quan chủ trì Cơ quan phối hợp Thời gian
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_sub_group_titled_in_sentence_case_gives_lettered_refs()
    {
        var plan = Parse(Opening + """

            I. CẢI CÁCH THỂ CHẾ
            A. Xây dựng và kiểm tra văn bản
            1 Tự kiểm tra văn bản quy phạm pháp luật Văn phòng HĐND và UBND xã Công an xã Thường xuyên
            2 Rà soát văn bản quy phạm pháp luật Văn phòng HĐND và UBND xã Công an xã Quý II/2027
            B. Theo dõi thi hành pháp luật
            1 Theo dõi thi hành pháp luật về xử lý vi phạm hành chính Công an xã Văn phòng HĐND và UBND xã Quý IV/2027
            Nơi nhận:
            """);

        Assert.Equal(["1.A.1", "1.A.2", "1.B.1"], plan.Tasks.Select(t => t.Ref));
    }

    [Fact]
    public void A_sub_group_letter_without_its_stop_gives_lettered_refs()
    {
        var plan = Parse(Opening + """

            III CẢI CÁCH THỦ TỤC HÀNH CHÍNH
            A Kiểm soát thủ tục hành chính
            1 Công bố danh mục thủ tục hành chính Văn phòng HĐND và UBND xã Công an xã Thường xuyên
            B Thực hiện cơ chế một cửa, một cửa liên thông
            1 Bố trí công chức tại Trung tâm Phục vụ hành chính công Văn phòng HĐND và UBND xã Công an xã Quý I/2027
            Nơi nhận:
            """);

        Assert.Equal(["3.A.1", "3.B.1"], plan.Tasks.Select(t => t.Ref));
    }

    [Fact]
    public void A_lettered_line_with_a_figure_or_a_closing_stop_is_not_a_sub_group()
    {
        var plan = Parse(Opening + """

            I. CẢI CÁCH THỂ CHẾ
            1 Tự kiểm tra văn bản quy phạm pháp luật Văn phòng HĐND và UBND xã Công an xã Thường xuyên
            A. Năm 2027 rà soát 15 văn bản.
            2 Rà soát văn bản quy phạm pháp luật Văn phòng HĐND và UBND xã Công an xã Quý II/2027
            Nơi nhận:
            """);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
    }
}
