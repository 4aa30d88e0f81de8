using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>One "Bộ phận thực hiện" column whose cells name both roles with labels: "Chủ trì: …" then "Phối hợp: …".</summary>
public class LabelledUnitsTests
{
    private static PlanDocument Parse(params string[][] rows) => PlanParser.Parse(DocumentReader.Read(WordTables.Docx(WordTables.Opening, rows), "plan.docx"));

    [Fact]
    public void What_follows_chu_tri_is_the_lead_and_what_follows_phoi_hop_the_support()
    {
        var plan = Parse(
            ["TT", "Nhiệm vụ", "Sản phẩm", "Người/Bộ phận thực hiện", "Thời gian"],
            ["I", "Công tác chỉ đạo, điều hành", "<", "<", "<"],
            ["1", "Ban hành kế hoạch cải cách hành chính của xã", "Kế hoạch",
                "Chủ trì: Văn phòng HĐND và UBND xã\nPhối hợp:\n- Phòng Kinh tế;\n- Các thôn.", "Tháng 01/2027"],
            ["2", "Kiểm tra công tác cải cách hành chính", "Báo cáo",
                "Chủ trì:\nPhòng Văn hóa - Xã hội\nPhối hợp: Công an xã", "Quý III/2027"],
            ["3", "Tổng hợp báo cáo cải cách hành chính", "Báo cáo", "Chủ trì: Văn phòng HĐND và UBND xã", "Hằng quý"]);

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[0].Lead);
        Assert.Equal(["Phòng Kinh tế", "Các thôn"], plan.Tasks[0].Support);
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[1].Lead);
        Assert.Equal(["Công an xã"], plan.Tasks[1].Support);
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[2].Lead);
        Assert.Empty(plan.Tasks[2].Support);
    }

    [Fact]
    public void A_unit_cell_without_labels_is_read_as_before()
    {
        var plan = Parse(
            ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
            ["1", "Ban hành kế hoạch cải cách hành chính của xã", "Văn phòng HĐND và UBND xã", "Phòng Kinh tế; Các thôn", "Tháng 01/2027"]);

        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[0].Lead);
        Assert.Equal(["Phòng Kinh tế", "Các thôn"], plan.Tasks[0].Support);
    }

    private const string ContentOrder = """
            ỦY BAN NHÂN DÂN
            XÃ TÂN LẬP
            Số: 54/KH-UBND
            Tân Lập, ngày 11 tháng 12 năm 2026
            KẾ HOẠCH
            Cải cách hành chính xã Tân Lập năm 2027
            Phụ lục
            TT Nhiệm vụ Sản phẩm Người/Bộ phận thực hiện Thời gian
            I Công tác chỉ đạo, điều hành
            1 Ban hành kế hoạch cải cách hành chính
            năm 2027 của xã
            Kế hoạch Chủ trì: Văn phòng HĐND và UBND
            xã
            Phối hợp: Các công chức chuyên
            môn thuộc UBND xã
            Trước ngày
            31/01/2027
            2 Kiểm tra công tác cải cách hành chính tại các
            bộ phận chuyên môn
            Thông báo kết luận Chủ trì: Phòng Văn hóa - Xã hội
            Phối hợp:
            - Công an xã;
            - Các thôn.
            Quý III/2027
            II Cải cách thể chế
            1 Rà soát văn bản quy phạm pháp luật do
            xã ban hành
            Báo cáo rà soát Chủ trì: Văn phòng HĐND và UBND
            xã
            Phối hợp: Công an xã
            Tháng 10/2027
            Nơi nhận:
            """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void In_content_order_text_the_labels_open_the_unit_cells_and_sentence_case_roman_rows_are_areas(bool spaced)
    {
        var text = spaced ? string.Join("\n", ContentOrder.Split('\n').Select(l => l + " \n")) : ContentOrder;
        var plan = PlanParser.Parse(TextDocumentReader.FromText(text));

        Assert.Equal(["1.1", "1.2", "2.1"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(new AreaCode?[] { AreaCode.Direction, AreaCode.Direction, AreaCode.Institutions }, plan.Tasks.Select(t => t.Area));
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[0].Lead);
        Assert.Equal(["Các công chức chuyên môn thuộc UBND xã"], plan.Tasks[0].Support);
        Assert.Equal(["Kế hoạch"], plan.Tasks[0].Outputs);
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[1].Lead);
        Assert.Equal(["Công an xã", "Các thôn"], plan.Tasks[1].Support);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[1].Schedule.Due);
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[2].Lead);
        Assert.Equal(new DateOnly(2027, 10, 31), plan.Tasks[2].Schedule.Due);
    }
}
