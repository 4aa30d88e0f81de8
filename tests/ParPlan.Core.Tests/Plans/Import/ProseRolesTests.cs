using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>Unit cells that state the roles in words: "A chủ trì, phối hợp với B", "A (chủ trì); B (phối hợp)".</summary>
public class ProseRolesTests
{
    private static PlanDocument Parse(params string[][] rows) => PlanParser.Parse(DocumentReader.Read(WordTables.Docx(WordTables.Opening, rows), "plan.docx"));

    private static readonly string[] OneColumn = ["TT", "Nội dung công việc", "Cơ quan, đơn vị thực hiện", "Thời gian thực hiện", "Kết quả/sản phẩm"];

    [Fact]
    public void In_one_unit_column_the_unit_that_chu_tri_closes_leads_and_the_others_support_without_the_role_words()
    {
        var plan = Parse(
            OneColumn,
            ["1", "Công tác chỉ đạo, điều hành", "<", "<", "<"],
            ["1.1", "Ban hành kế hoạch kiểm tra nội vụ", "Phòng Kinh tế chủ trì, phối hợp với Công an xã, các thôn", "Tháng 02/2027", "Kế hoạch"],
            ["1.2", "Rà soát quy chế làm việc", "Văn phòng HĐND và UBND xã (chủ trì); Phòng Văn hóa - Xã hội (phối hợp)", "Quý II/2027", "Quy chế"],
            ["1.3", "Kiểm tra việc tiếp công dân", "Công an xã (chủ trì), Phòng Kinh tế, các thôn (phối hợp)", "Quý III/2027", "Báo cáo"],
            ["1.4", "Tập huấn nghiệp vụ văn thư", "Trung tâm Phục vụ hành chính công xã chủ trì; Công an xã phối hợp", "Tháng 5/2027", "Lớp tập huấn"],
            ["1.5", "Tổng hợp báo cáo định kỳ", "Văn phòng HĐND và UBND xã", "Hằng quý", "Báo cáo"]);

        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Kinh tế"], plan.Tasks[0].Lead);
        Assert.Equal(["Công an xã", "các thôn"], plan.Tasks[0].Support);
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[1].Lead);
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[1].Support);
        Assert.Equal(["Công an xã"], plan.Tasks[2].Lead);
        Assert.Equal(["Phòng Kinh tế", "các thôn"], plan.Tasks[2].Support);
        Assert.Equal(["Trung tâm Phục vụ hành chính công xã"], plan.Tasks[3].Lead);
        Assert.Equal(["Công an xã"], plan.Tasks[3].Support);
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[4].Lead);
        Assert.Empty(plan.Tasks[4].Support);
    }

    [Fact]
    public void Without_a_lead_statement_phoi_hop_voi_names_both_units_in_the_cells_own_column()
    {
        var plan = Parse(
            OneColumn,
            ["1", "Công tác chỉ đạo, điều hành", "<", "<", "<"],
            ["1.1", "Kiểm tra công tác văn thư", "Phòng Kinh tế phối hợp với Công an xã", "Quý II/2027", "Báo cáo"],
            ["1.2", "Tuyên truyền pháp luật", "Hội đồng phối hợp phổ biến, giáo dục pháp luật xã", "Năm 2027", "Tin bài"]);

        Assert.Equal(["Phòng Kinh tế", "Công an xã"], plan.Tasks[0].Lead);
        Assert.Empty(plan.Tasks[0].Support);
        Assert.Equal(["Hội đồng phối hợp phổ biến, giáo dục pháp luật xã"], plan.Tasks[1].Lead);
        Assert.Empty(plan.Tasks[1].Support);
    }

    [Fact]
    public void In_lead_and_support_columns_the_role_words_leave_the_names_and_partners_named_by_the_lead_join_the_support()
    {
        var plan = Parse(
            ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
            ["1", "Ban hành kế hoạch cải cách hành chính", "Phòng Nội vụ chủ trì", "Các phòng chuyên môn phối hợp", "Tháng 01/2027"],
            ["2", "Kiểm tra cải cách hành chính", "Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã", "Các thôn", "Quý III/2027"],
            ["3", "Đánh giá chỉ số cải cách hành chính", "Các sở được giao chủ trì soạn thảo", "Phòng Kinh tế", "Quý IV/2027"]);

        Assert.Equal(["Phòng Nội vụ"], plan.Tasks[0].Lead);
        Assert.Equal(["Các phòng chuyên môn"], plan.Tasks[0].Support);
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[1].Lead);
        Assert.Equal(["Công an xã", "Các thôn"], plan.Tasks[1].Support);
        Assert.Equal(["Các sở được giao chủ trì soạn thảo"], plan.Tasks[2].Lead);
    }

    private const string ContentOrder = """
            ỦY BAN NHÂN DÂN
            XÃ TÂN LẬP
            Số: 54/KH-UBND
            Tân Lập, ngày 11 tháng 12 năm 2026
            KẾ HOẠCH
            Cải cách hành chính xã Tân Lập năm 2027
            Phụ lục
            TT Nhiệm vụ Sản phẩm Cơ quan, đơn vị thực hiện Thời gian
            I Công tác chỉ đạo, điều hành
            1 Ban hành kế hoạch cải cách hành chính
            năm 2027 của xã
            Kế hoạch Văn phòng HĐND và UBND
            xã chủ trì, phối
            hợp với Công an xã
            Trước ngày
            31/01/2027
            2 Kiểm tra công tác cải cách hành chính tại các
            bộ phận chuyên môn
            Thông báo kết luận Phòng Văn hóa - Xã hội
            (chủ trì); các thôn (phối
            hợp)
            Quý III/2027
            Nơi nhận:
            """;

    [Fact]
    public void In_content_order_text_role_words_broken_across_lines_are_still_read_as_roles()
    {
        var plan = PlanParser.Parse(TextDocumentReader.FromText(ContentOrder));

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Văn phòng HĐND và UBND xã"], plan.Tasks[0].Lead);
        Assert.Equal(["Công an xã"], plan.Tasks[0].Support);
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[1].Lead);
        Assert.Equal(["các thôn"], plan.Tasks[1].Support);
    }
}
