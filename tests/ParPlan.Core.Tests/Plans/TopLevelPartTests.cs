using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// A task table split into top-level lettered parts above the Roman groups: "A. NHIỆM VỤ TRỌNG TÂM" holding rows
/// 1, 2 … directly, then "B. NHIỆM VỤ CỤ THỂ" holding Roman groups whose rows start again at 1. Rows under a part are
/// numbered under its letter ("A.1"), rows under a Roman group keep "&lt;group&gt;.&lt;row&gt;", so no two tasks share a
/// ref. Invented texts and tables in the shapes a content-order extraction and a Word table give.
/// </summary>
public class TopLevelPartTests
{
    private const string Opening = """
        ỦY BAN NHÂN DÂN TỈNH NAM HÀ GIANG
        SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
        Số: 52/KH-SNNMT
        Nam Hà Giang, ngày 09 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        Phụ lục
        STT Nội dung nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời gian
        """;

    private const string Rows = """
        A. NHIỆM VỤ TRỌNG TÂM
        1 Ban hành kế hoạch cải cách hành chính năm 2027 Văn phòng Sở Các phòng thuộc Sở Quý I/2027
        2 Thông tin, tuyên truyền về cải cách hành chính trên trang điện tử của Sở Văn phòng Sở Các phòng thuộc Sở Hằng quý
        B. NHIỆM VỤ CỤ THỂ
        I Cải cách thể chế
        1 Rà soát văn bản quy phạm pháp luật về đất đai Phòng Pháp chế Các phòng thuộc Sở Quý II/2027
        2 Theo dõi thi hành pháp luật về môi trường Phòng Pháp chế Các phòng thuộc Sở Quý III/2027
        II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
        1 Công bố thủ tục hành chính mới ban hành Văn phòng Sở Các phòng thuộc Sở Thường xuyên
        Nơi nhận:
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Fact]
    public void Rows_under_a_lettered_part_are_numbered_under_its_letter_and_roman_groups_below_keep_their_number()
    {
        var plan = Parse(Opening + "\n" + Rows);

        Assert.Equal(["A.1", "A.2", "1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Rà soát văn bản quy phạm pháp luật về đất đai", plan.Tasks[2].Title);
        Assert.Equal(["Phòng Pháp chế"], plan.Tasks[2].Lead);
    }

    [Fact]
    public void A_part_of_key_tasks_is_a_direction_area_and_its_rows_are_direction_tasks()
    {
        var plan = Parse(Opening + "\n" + Rows);

        Assert.Equal([AreaCode.Direction, AreaCode.Direction, AreaCode.Institutions, AreaCode.Institutions, AreaCode.Procedures],
            plan.Tasks.Select(t => t.Area));
        Assert.Equal([AreaCode.Direction, AreaCode.Institutions, AreaCode.Procedures], plan.Areas.Select(a => a.Code));
    }

    [Fact]
    public void Lettered_parts_survive_a_blank_line_after_every_line()
    {
        var spaced = string.Join("\n\n", (Opening + "\n" + Rows).Split('\n'));

        var plan = Parse(spaced);

        Assert.Equal(["A.1", "A.2", "1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
    }

    [Fact]
    public void A_lettered_sub_group_under_a_roman_group_inside_a_part_keeps_the_group_number()
    {
        var plan = Parse(Opening + """

            A. NHIỆM VỤ TRỌNG TÂM
            1 Ban hành kế hoạch cải cách hành chính năm 2027 Văn phòng Sở Các phòng thuộc Sở Quý I/2027
            B. NHIỆM VỤ CỤ THỂ
            I. CẢI CÁCH THỂ CHẾ
            A. XÂY DỰNG VĂN BẢN
            1 Rà soát văn bản quy phạm pháp luật về đất đai Phòng Pháp chế Các phòng thuộc Sở Quý II/2027
            B. Theo dõi thi hành pháp luật
            1 Theo dõi thi hành pháp luật về môi trường Phòng Pháp chế Các phòng thuộc Sở Quý III/2027
            Nơi nhận:
            """);

        Assert.Equal(["A.1", "1.A.1", "1.B.1"], plan.Tasks.Select(t => t.Ref));
    }

    [Fact]
    public void Word_table_parts_spanning_the_row_give_unique_refs()
    {
        var docx = WordTables.Docx(
            WordTables.Opening,
            ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
            ["A. NHIỆM VỤ TRỌNG TÂM", "<", "<", "<", "<"],
            ["1", "Ban hành kế hoạch cải cách hành chính năm 2027", "Văn phòng Sở", "Các phòng thuộc Sở", "Quý I/2027"],
            ["2", "Kiểm tra công tác cải cách hành chính tại các phòng", "Thanh tra Sở", "Văn phòng Sở", "Quý III/2027"],
            ["B. NHIỆM VỤ CỤ THỂ", "<", "<", "<", "<"],
            ["I", "Cải cách thể chế", "<", "<", "<"],
            ["1", "Rà soát văn bản quy phạm pháp luật về đất đai", "Phòng Pháp chế", "Các phòng thuộc Sở", "Quý II/2027"],
            ["II", "Cải cách thủ tục hành chính", "<", "<", "<"],
            ["1", "Công bố thủ tục hành chính mới ban hành", "Văn phòng Sở", "Các phòng thuộc Sở", "Thường xuyên"]);

        var plan = PlanParser.Parse(DocumentReader.Read(docx, "plan.docx"));

        Assert.Equal(["A.1", "A.2", "1.1", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal([AreaCode.Direction, AreaCode.Direction, AreaCode.Institutions, AreaCode.Procedures], plan.Tasks.Select(t => t.Area));
    }

    [Fact]
    public void Rows_before_any_heading_still_form_group_one()
    {
        var plan = Parse(Opening + """

            1 Ban hành kế hoạch cải cách hành chính năm 2027 Văn phòng Sở Các phòng thuộc Sở Quý I/2027
            2 Rà soát văn bản quy phạm pháp luật về đất đai Phòng Pháp chế Các phòng thuộc Sở Quý II/2027
            Nơi nhận:
            """);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
    }
}
