using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// Text extracted in reading order with each cell of a row in a block of its own: a group row's numeral ("II", or the
/// letter "B" under a group) stands alone on a line, and its title comes a few blocks later, after the last cells of the
/// row above. Invented texts in that shape.
/// </summary>
public class DetachedGroupNumberTests
{
    private const string Opening = """
        ỦY BAN NHÂN DÂN
        PHƯỜNG AN KHÊ
        Số: 09/KH-UBND
        An Khê, ngày 06 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian
        I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void A_group_numeral_on_its_own_line_starts_its_group_at_the_title_printed_after_the_row_above()
    {
        var plan = Parse(Opening + """
            1

            Ban hành Kế hoạch cải cách hành chính năm 2027

            Văn phòng HĐND và UBND phường

            Trước ngày 15/01/2027

            2

            Xây dựng báo cáo cải cách hành chính định kỳ

            II

            Văn phòng HĐND và UBND phường

            Hằng quý

            CẢI CÁCH THỂ CHẾ

            1

            Rà soát văn bản quy phạm pháp luật của phường

            Văn phòng HĐND và UBND phường

            Quý II/2027

            2

            Theo dõi tình hình thi hành pháp luật

            Công an phường

            Tháng 11/2027

            Nơi nhận:
            """);

        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(AreaCode.Institutions, plan.Tasks[2].Area);
        Assert.Contains("Hằng quý", plan.Tasks[1].Schedule.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_group_letter_on_its_own_line_gives_lettered_refs_from_its_title()
    {
        var plan = Parse(Opening + """
            1

            Ban hành Kế hoạch cải cách hành chính năm 2027

            Văn phòng HĐND và UBND phường

            Trước ngày 15/01/2027

            II

            CẢI CÁCH THỦ TỤC HÀNH CHÍNH

            A

            Kiểm soát thủ tục hành chính
            1

            Công bố danh mục thủ tục hành chính

            Văn phòng HĐND và UBND phường

            B

            Thường xuyên

            Thực hiện cơ chế một cửa, một cửa liên thông

            1

            Bố trí công chức tại bộ phận một cửa

            Văn phòng HĐND và UBND phường

            Quý I/2027

            Nơi nhận:
            """);

        Assert.Equal(["1.1", "2.A.1", "2.B.1"], plan.Tasks.Select(t => t.Ref));
    }

    [Fact]
    public void A_numeral_alone_with_no_group_title_after_it_is_not_a_group()
    {
        var plan = Parse(Opening + """
            1

            Ban hành Kế hoạch cải cách hành chính năm 2027

            Văn phòng HĐND và UBND phường

            Quý

            II

            2

            Xây dựng báo cáo cải cách hành chính định kỳ

            Văn phòng HĐND và UBND phường

            Hằng quý

            Nơi nhận:
            """);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
    }

    [Fact]
    public void Rows_numbered_from_one_again_before_their_group_title_printed_after_them_belong_to_that_group()
    {
        var plan = Parse(Opening + """
            1

            Ban hành Kế hoạch cải cách hành chính năm 2027

            Văn phòng HĐND và UBND phường

            Trước ngày 15/01/2027

            2

            Xây dựng báo cáo cải cách hành chính định kỳ

            Văn phòng HĐND và UBND phường

            Hằng quý

            1

            Rà soát chức năng, nhiệm vụ của các phòng chuyên môn

            Văn phòng HĐND và UBND phường

            Quý II/2027

            II. CẢI CÁCH TỔ CHỨC BỘ MÁY

            III. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
            1

            Đánh giá, xếp loại cán bộ, công chức năm 2027

            Văn phòng HĐND và UBND phường

            Tháng 12/2027

            Nơi nhận:
            """);

        Assert.Equal(["1.1", "1.2", "2.1", "3.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(AreaCode.Apparatus, plan.Tasks[2].Area);
    }
}
