using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// Content-order text where the deadline cell shares a line with a neighbour: its first word left at the end of the cell
/// before ("Các phòng chuyên môn Thường" / "xuyên"), or the product after it on the same line ("Quý III/2027 Phương án
/// …", "Thường xuyên 100% hồ sơ …"). Invented text.
/// </summary>
public class DeadlineOpenerAtLineEndTests
{
    private const string Plan = """
        ỦY BAN NHÂN DÂN
        XÃ PHÚ MỸ
        Số: 63/KH-UBND
        Phú Mỹ, ngày 11 tháng 12 năm 2026
        KẾ HOẠCH
        Cải cách hành chính xã Phú Mỹ năm 2027
        Phụ lục
        TT Nội dung công việc
        Đơn vị chủ trì
        Đơn vị phối hợp
        Thời gian
        Sản phẩm
        I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        1 Xây dựng kế hoạch kiểm tra công tác
        cải cách hành chính
        Văn phòng HĐND và
        UBND xã
        Các công chức
        chuyên môn
        Quý I/2027
        Kế hoạch
        2 Niêm yết công khai thủ tục hành chính
        tại Bộ phận một cửa
        Văn phòng
        UBND xã
        Các công chức Thường
        xuyên
        Danh mục
        3 Tổng hợp báo cáo cải cách hành chính
        Văn phòng HĐND và
        UBND xã
        Các công chức
        chuyên môn
        Quý IV/2027
        Báo cáo
        Nơi nhận:
        """;

    private const string ProductRows = """
        2 Bảo đảm an toàn hệ thống thông tin
        của xã
        Văn phòng HĐND và
        UBND xã
        Công an xã Quý III/2027 Phương án ứng cứu sự cố
        an toàn thông tin
        3 Số hóa kết quả giải quyết thủ tục
        hành chính
        Văn phòng HĐND và
        UBND xã
        Các công chức
        chuyên môn
        Thường xuyên 100% kết quả giải quyết
        được số hóa
        Nơi nhận:
        """;

    [Fact]
    public void A_deadline_and_the_product_after_it_on_one_line_are_two_cells()
    {
        var head = Plan[..Plan.IndexOf("2 Niêm yết", StringComparison.Ordinal)];

        var plan = PlanParser.Parse(TextDocumentReader.FromText(head + ProductRows));

        var quarter = plan.Tasks.Single(t => t.Ref == "1.2");
        Assert.Equal(new DateOnly(2027, 9, 30), quarter.Schedule.Due);
        Assert.Equal(["Phương án ứng cứu sự cố an toàn thông tin"], quarter.Outputs);
        var ongoing = plan.Tasks.Single(t => t.Ref == "1.3");
        Assert.Equal("Thường xuyên", ongoing.Schedule.Text);
        Assert.Equal(["100% kết quả giải quyết được số hóa"], ongoing.Outputs);
    }

    [Fact]
    public void A_deadline_opener_left_at_the_end_of_the_support_line_starts_the_deadline()
    {
        var plan = PlanParser.Parse(TextDocumentReader.FromText(Plan));

        var task = plan.Tasks.Single(t => t.Ref == "1.2");
        Assert.Equal(["Các công chức"], task.Support);
        Assert.Equal(ScheduleKind.Ongoing, task.Schedule.Kind);
        Assert.Equal(["Danh mục"], task.Outputs);
    }
}
