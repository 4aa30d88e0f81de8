using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Import;

/// <summary>
/// A narrow number column wraps its header word, so extracted text prints "ST" / "T" (or "T" / "T") on lines of their
/// own. Invented texts in content order.
/// </summary>
public class TextTableHeaderTests
{
    private const string Opening = """
        SỞ XÂY DỰNG
        Số: 12/KH-SXD
        Hà Tĩnh, ngày 08 tháng 01 năm 2027
        KẾ HOẠCH
        Cải cách hành chính năm 2027
        """;

    private const string Rows = """
        I CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        1
        Ban hành Kế hoạch cải cách hành chính năm 2027
        Văn phòng Sở
        Các phòng thuộc Sở
        Tháng 01/2027
        2
        Kiểm tra công tác cải cách hành chính tại các đơn vị
        Phòng Quản lý xây dựng
        Văn phòng Sở
        Quý III/2027
        """;

    private static PlanDocument Parse(string text) => PlanParser.Parse(TextDocumentReader.FromText(text));

    [Theory]
    [InlineData("ST\nT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành")]
    [InlineData("T\nT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành")]
    [InlineData("ST\nNội dung công việc\nĐơn vị chủ trì\nT\nĐơn vị phối hợp\nThời gian hoàn thành")]
    public void A_row_number_header_wrapped_over_two_lines_opens_the_task_table(string header)
    {
        var plan = Parse(Opening + "\n" + header + "\n" + Rows);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Văn phòng Sở"], plan.Tasks[0].Lead);
        Assert.Equal(["Phòng Quản lý xây dựng"], plan.Tasks[1].Lead);
    }

    [Fact]
    public void A_lone_letter_line_without_header_cells_near_it_opens_no_table()
    {
        var plan = Parse(Opening + "\nST\nMột đoạn văn bản thường, không phải tiêu đề bảng, dài hơn bốn mươi ký tự.\nT\n" + Rows);

        Assert.Empty(plan.Tasks);
    }

    [Fact]
    public void Unit_columns_under_a_heading_spanning_two_header_rows_sit_where_the_heading_is()
    {
        // "Đơn vị thực hiện" over "Chủ trì | Phối hợp": the unit columns' names print last, after the cells beside the heading.
        var plan = Parse(Opening + """

            T
            T
            Nội dung
            Đơn vị thực hiện Thời gian
            hoàn
            thành
            Sản
            phẩm
            Chủ trì Phối hợp
            1. Xây dựng chính quyền số
            1
            Nâng cấp đường truyền
            mạng nội bộ tại trụ sở
            của xã
            Phòng Kinh
            tế
            Trung tâm
            Dịch vụ
            nông nghiệp
            Trước
            15/3/2027
            Biên
            bản
            2
            Số hóa hồ sơ lưu trữ
            của các năm trước
            Văn phòng
            HĐND và
            UBND xã
            Phòng Văn
            hóa - Xã hội
            Quý III/2027
            Dữ
            liệu
            """);

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal("Số hóa hồ sơ lưu trữ của các năm trước", plan.Tasks[1].Title);
        Assert.Equal(["Trung tâm Dịch vụ nông nghiệp"], plan.Tasks[0].Support);
        Assert.Equal(new DateOnly(2027, 3, 15), plan.Tasks[0].Schedule.Due);
        Assert.Equal(["Phòng Văn hóa - Xã hội"], plan.Tasks[1].Support);
        Assert.Equal(new DateOnly(2027, 9, 30), plan.Tasks[1].Schedule.Due);
        Assert.Equal(["Dữ liệu"], plan.Tasks[1].Outputs);
    }

    [Fact]
    public void A_text_with_a_blank_line_after_every_line_keeps_the_header_order_of_a_time_column_before_the_units()
    {
        // Some extractions print a blank line after every line: those blank lines part no header cells, so the time
        // column printed before the unit columns stays there, as in the same text without them.
        var single = """
            ỦY BAN NHÂN DÂN
            XÃ HÒA BÌNH
            Số: 31/KH-UBND
            Hòa Bình, ngày 12 tháng 02 năm 2028
            KẾ HOẠCH
            Chuyển đổi số trong cơ quan hành chính năm 2028
            TT Nội dung nhiệm vụ
            Thời gian
            hoàn thành
            Cơ quan chủ trì Cơ quan phối hợp
            I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
            1 Ban hành Kế hoạch chuyển đổi số
            năm 2028
            Tháng
            03/2028
            Phòng Kinh tế
            Trung tâm Văn
            hóa - Thể thao
            2 Tổ chức hội nghị sơ kết công tác
            chuyển đổi số
            Quý II/2028 Phòng Kinh tế
            Ban Chỉ huy
            Quân sự xã
            II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
            1 Số hóa hồ sơ, kết quả giải quyết
            thủ tục hành chính
            Thường
            xuyên
            Trung tâm Phục
            vụ hành chính
            công xã
            Phòng Kinh tế
            2 Rà soát quy trình nội bộ giải
            quyết thủ tục hành chính
            Quý IV/2028 Công an xã
            Trung tâm Văn
            hóa - Thể thao
            Nơi nhận:
            """;
        var spaced = string.Concat(single.Split('\n').Select(l => l + " \n\n"));

        var plan = Parse(spaced);
        var plain = Parse(single);

        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Tháng 03/2028", "Quý II/2028", "Thường xuyên", "Quý IV/2028"], plan.Tasks.Select(t => t.Schedule.Text));
        Assert.Equal(["Phòng Kinh tế"], plan.Tasks[1].Lead);
        Assert.Equal(["Ban Chỉ huy Quân sự xã"], plan.Tasks[1].Support);
        Assert.Equal(["Trung tâm Phục vụ hành chính công xã"], plan.Tasks[2].Lead);
        Assert.Equal(["Công an xã"], plan.Tasks[3].Lead);
        Assert.Equal(plain.Tasks.Select(t => (t.Ref, string.Join("; ", t.Lead), string.Join("; ", t.Support), t.Schedule.Text)),
            plan.Tasks.Select(t => (t.Ref, string.Join("; ", t.Lead), string.Join("; ", t.Support), t.Schedule.Text)));
    }
}
